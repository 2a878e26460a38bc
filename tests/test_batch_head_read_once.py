"""batch reads a file's head once to tell whether it is an output of this program."""

from __future__ import annotations

import builtins

import pytest

from model import batch_inputs

EXPORT = (
    'Notes:\r\n"When exporting your connection data..."\r\n\r\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ann,Aal,https://www.linkedin.com/in/ann,,Acme,Engineer,15 Jan 2020\r\n"
)
PRIVATE = (
    "\ufeffFirst Name,Last Name,URL,Email Address,Company,Position,Connected On,note\r\n"
    "Ann,Aal,https://www.linkedin.com/in/ann,,Acme,Engineer,2020-01-15,\r\n"
)
NOTHING = "a,b\r\n1,2\r\n"


@pytest.mark.parametrize("text, kind", [(EXPORT, ""), (PRIVATE, "private"), (NOTHING, "")])
def test_the_head_is_read_once(tmp_path, monkeypatch, text, kind):
    path = tmp_path / "Connections.csv"
    path.write_bytes(text.encode("utf-8"))
    opened = []
    real_open = builtins.open

    def counting_open(file, *args, **kwargs):
        if str(file) == str(path):
            opened.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    assert batch_inputs._own_output_kind(path) == kind
    assert len(opened) == 1
