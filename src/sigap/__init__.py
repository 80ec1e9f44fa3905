"""Sigap: media monitoring, early warning and crisis communication for Pemasyarakatan."""

__version__ = "0.1.0"
