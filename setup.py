"""Build the optional compiled CSV encoder; all other metadata lives in pyproject.toml."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "lookalike.native._csvfast",
            ["src/lookalike/native/csvfast.c"],
            extra_compile_args=["-O3"],
            optional=True,  # no compiler: install anyway, Arrow's writer is used
        )
    ]
)
