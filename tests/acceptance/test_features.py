"""Binds every scenario of features/ (the help page as a test suite)."""

from pytest_bdd import scenarios

scenarios("../../features")
