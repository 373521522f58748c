"""Build the optional compiled kernels (CSV encoding, phone numbers).

All other metadata lives in pyproject.toml.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "lookalike.native._kernels",
            ["src/lookalike/native/kernels.c"],
            # No fused multiply-adds: float results must equal numpy's to the bit.
            extra_compile_args=["-O3", "-ffp-contract=off"],
            optional=True,  # no compiler: install anyway, numpy and Arrow are used
        )
    ]
)
