"""Checks a model folder before anything in it is trusted.

A model folder may come from anywhere (a colleague, a download), so every file in it is
bounded in size before it is read, checked against a structure defined here in code, and
refused with one :class:`~model.errors.ModelFileError` line naming the file:

- ``card.py``: the card is a small JSON object whose file names are bare names in the folder;
- ``skops_file.py``: the ``.skops`` file is a skops zip of an OwnershipClassifier, made with
  the scikit-learn version its card claims — checked without importing scikit-learn;
- ``twin.py``: the compiled twin (``.npz``) has exactly the arrays, shapes, dtypes and block
  kinds of its format, with finite numbers only.
"""
