"""Ship the top-level resources/ and sample_docs/ inside the wheel without a second copy in the tree.

pyproject.toml cannot both discover the packages under curator/ and add packages whose sources live
elsewhere (`packages.find` ignores `package-dir` mappings), so the list is made here: every package found
under curator/, plus the two data folders mapped to `curator._data.*`. A wheel installs them as
curator/_data/resources and curator/_data/sample_docs; a checkout or an editable install finds them at the
top of the repository (curator/core/project/resources.py looks in both places).
"""

from setuptools import find_namespace_packages, setup

SHIPPED_FOLDERS = {"curator._data.resources": "resources", "curator._data.sample_docs": "sample_docs"}

setup(
    packages=[*find_namespace_packages(include=["curator*"], exclude=["*__pycache__"]), *SHIPPED_FOLDERS],
    package_dir=SHIPPED_FOLDERS,
)
