"""The settings file names the exports opened (recent files, their folder): owner-only, like
every other file in the data folder, also when an earlier version left it readable to all."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.settings import Settings


@pytest.fixture
def open_umask():
    old = os.umask(0o022)  # the usual umask: new files 0644
    yield
    os.umask(old)


def test_the_settings_file_is_written_for_its_owner_alone(qapp, tmp_path, open_umask):
    path = tmp_path / "desktop.ini"
    settings = Settings(path)
    settings.add_recent(tmp_path / "Jan_de_Vries_LinkedInDataExport.zip")
    settings.sync()
    assert path.is_file() and "Jan_de_Vries" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_settings_file_readable_by_all_is_made_private(qapp, tmp_path, open_umask):
    path = tmp_path / "desktop.ini"
    path.write_text("[recent]\nfiles=/home/jan/export.zip\n")
    path.chmod(0o644)
    settings = Settings(path)
    assert [str(p) for p in settings._recent_raw()] == ["/home/jan/export.zip"]
    settings.set_last_dir(tmp_path)
    settings.sync()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_data_folder_that_is_a_file_still_gives_settings(qapp, tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    settings = Settings(blocker / "desktop.ini")  # nothing can be written: kept in memory
    settings.set_last_dir(tmp_path)
    assert settings.last_dir() == str(tmp_path)
