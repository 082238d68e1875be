"""Write the fuzzing seed corpus to a folder outside the project.

Seeds are the shared corpus pages (read from ../shared/corpus, never copied
into the project) plus the hard inputs of tests/test_inputs.py. Each seed file
starts with the mode byte that fuzz_parse.py reads (0: bytes, 1: str).

    python3 fuzz/make_seeds.py /tmp/newsparse-seeds [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seeds(corpus: Path) -> list[bytes]:
    """Mode byte + page for every corpus page and every hard input of the test battery."""
    found: list[bytes] = []
    index = corpus / "index.json"
    if index.is_file():
        for row in json.loads(index.read_text(encoding="utf-8")):
            found.append(b"\x00" + gzip.decompress((corpus / row["page"]).read_bytes()))
    sys.path.insert(0, str(ROOT / "tests"))
    import test_inputs

    page = test_inputs.article_page()
    found += [
        b"\x00" + page.encode("utf-8"),
        b"\x01" + page.encode("utf-8"),
        b"\x00" + test_inputs.article_page(charset="iso-8859-1").encode("latin-1"),
        b"\x00" + page.encode("utf-16"),
        b"\x00" + page.encode("utf-8").decode("cp1252").encode("utf-8"),
        b"\x00" + test_inputs.article_page(head=test_inputs.LD_SCRIPT).encode(),
        b"\x00" + test_inputs.BILLION_LAUGHS.encode(),
        b"\x00" + ("<div>" * 3000).encode(),
    ]
    for payload in test_inputs.WRONG_TYPES.values():
        data = dict(test_inputs.LD)
        data["author"] = payload
        script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
        found.append(b"\x00" + test_inputs.article_page(head=script).encode())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for seed in seeds(args.corpus):
        name = hashlib.sha1(seed).hexdigest()
        (args.folder / name).write_bytes(seed)
        written += 1
    print(f"{written} seeds in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
