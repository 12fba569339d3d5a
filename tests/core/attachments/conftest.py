"""Fixtures for attachments: one fictional woman, and files that carry a canary.

``files`` writes test files into a folder of their own: a small PNG made here by hand (no
Qt), a PDF, and a multi-chunk binary file with a unique ``CANARY-...`` repeated through it,
so a grep over anything the app writes can prove the content never leaked.
"""

from __future__ import annotations

import os
import struct
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from womenscentre.services.attachment_chunks import CHUNK_BYTES
from womenscentre.services.unlocked import UnlockedVault

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"


def tiny_png(width: int = 3, height: int = 2) -> bytes:
    """A genuine RGB PNG, built with zlib so core tests need no Qt."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([200, 40, 90]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@dataclass
class Files:
    folder: Path
    canary: bytes

    def write(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path

    def canary_file(self, name: str = "court-order.bin", chunks: float = 2.5) -> Path:
        """Random bytes with the canary planted in every chunk, ``chunks`` chunks long."""
        size = int(CHUNK_BYTES * chunks)
        data = bytearray(os.urandom(size))
        for start in range(0, size - len(self.canary), CHUNK_BYTES // 2):
            data[start : start + len(self.canary)] = self.canary
        return self.write(name, bytes(data))


@pytest.fixture
def files(tmp_path: Path) -> Files:
    folder = tmp_path / "her-files"
    folder.mkdir()
    return Files(folder, f"CANARY-{uuid.uuid4()}".encode())


@dataclass
class Woman:
    vault: UnlockedVault
    person_id: str


@pytest.fixture
def rosa(manager: UnlockedVault, make) -> Woman:
    person = manager.people.add(make.person("Rosa"), referral_source="Self-referral")
    return Woman(manager, person.id)
