"""Build the optional compiled kernels (CSV encoding, phone numbers).

All other metadata lives in pyproject.toml.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "lookalike.native._kernels",
            ["src/lookalike/native/kernels.c"],
            extra_compile_args=["-O3"],
            optional=True,  # no compiler: install anyway, numpy and Arrow are used
        )
    ]
)
