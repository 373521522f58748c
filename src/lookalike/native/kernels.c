/*
 * Compiled kernels for the loops numpy needs many passes for, one file per
 * job, each mirrored by a Python module in this package that checks its
 * inputs, calls it through ctypes (which releases the GIL) and falls back to
 * numpy or Arrow when the library was not built; output is the same either
 * way, and tests compare the two:
 *
 *   csv.c       CSV rows from Arrow buffers              (csv.py)
 *   concat.c    strings assembled from pools and numbers (concat.py)
 *   digits.c    phone numbers from numbering plans       (digits.py)
 *   fixed.c     UUID text and patterns                   (fixed.py)
 *   lorem.c     lorem ipsum words and sentences          (lorem.py)
 *   philox.c    numpy's Philox uniform doubles           (philox.py)
 *   sampling.c  permutation, alias lookups, birth days   (sampling.py)
 *   text.h      what they share
 *
 * This file only makes the library an importable module.
 */
#include <Python.h>

/* An importable module, so the library ships inside the package like any extension. */
static struct PyModuleDef kernels_module = {
    PyModuleDef_HEAD_INIT, "_kernels", "Compiled kernels (see kernels.c), called via ctypes.",
    -1, NULL, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__kernels(void) { return PyModule_Create(&kernels_module); }
