"""Build the optional compiled kernels (see src/lookalike/native/kernels.c).

All other metadata lives in pyproject.toml.
"""

from pathlib import Path

from setuptools import Extension, setup

NATIVE = Path("src/lookalike/native")

setup(
    ext_modules=[
        Extension(
            "lookalike.native._kernels",
            sorted(str(path) for path in NATIVE.glob("*.c")),
            depends=sorted(str(path) for path in NATIVE.glob("*.h")),
            # No fused multiply-adds: float results must equal numpy's to the bit.
            extra_compile_args=["-O3", "-ffp-contract=off"],
            optional=True,  # no compiler: install anyway, numpy and Arrow are used
        )
    ]
)
