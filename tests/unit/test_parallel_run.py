"""`spec --parallel N`: which runs may be split, and the console's one numbered list of the
shards' progress lines (the first shard's pre-flight table before it)."""

from __future__ import annotations

import io
import threading

from minasidor_spec.commands.parallel_run import Console, runs_alone

SHARD_1 = """==> Webbläsare: Debians Chromium
Hjälpsidans ord på målmiljön (Inbyggda referensmiljön – http://127.0.0.1:1):
  ✔ fliken "Kundnummer" (H5): hittat
Testkunder som de valda scenarierna förbrukar:
  'privatkund utan e-postadress': behöver 3, målmiljön skapar dem
  ✔ 1. Logga in: En privatkund loggar in
  ↻ 2. Logga in: Fel lösenord  (misslyckades, körs igen)
  ✘ 2. Logga in: Fel lösenord
      Avvikelse från hjälpsidan (H5): hittade inte fältet "Kundnummer".
Hjälpsidans regler: 1 bevisad, 1 misslyckas.
"""
SHARD_2 = """==> Webbläsare: Debians Chromium
Hjälpsidans ord på målmiljön (Inbyggda referensmiljön – http://127.0.0.1:2):
  ✔ fliken "Kundnummer" (H5): hittat
  ✔ 1. Logga ut: Jag loggar ut
  – 2. Logga ut: Efter en halvtimme  (Hoppas över: inget testläge)
"""


class FakeProcess:
    def __init__(self, text: str):
        self.stdout = io.StringIO(text)


def test_the_shards_progress_lines_are_one_numbered_list_after_the_first_shards_preflight(capsys):
    console = Console()
    kept_1, kept_2 = [], []
    console.relay(1, FakeProcess(SHARD_1), kept_1)
    console.relay(2, FakeProcess(SHARD_2), kept_2)
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "Hjälpsidans ord på målmiljön (Inbyggda referensmiljön – http://127.0.0.1:1):",
        '  ✔ fliken "Kundnummer" (H5): hittat',
        "  ✔ 1. Logga in: En privatkund loggar in",
        "  ↻ 2. Logga in: Fel lösenord  (misslyckades, körs igen)",
        "  ✘ 2. Logga in: Fel lösenord",
        '      Avvikelse från hjälpsidan (H5): hittade inte fältet "Kundnummer".',
        "  ✔ 3. Logga ut: Jag loggar ut",
        "  – 4. Logga ut: Efter en halvtimme  (Hoppas över: inget testläge)",
    ]
    assert "".join(kept_1) == SHARD_1 and "".join(kept_2) == SHARD_2  # all kept, for a shard that stops


def test_a_block_is_printed_whole_while_another_shard_prints(capsys):
    console, threads = Console(), []
    for shard in range(1, 5):
        text = "".join(f"  ✘ {n}. S{shard}-{n}\n      Förklaring S{shard}-{n}\n" for n in range(1, 30))
        thread = threading.Thread(target=console.relay, args=(shard, FakeProcess(text), []))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 * 29 * 2
    for line, explanation in zip(lines[::2], lines[1::2], strict=True):
        assert explanation.strip() == "Förklaring " + line.split(". ", 1)[1]
    assert sorted(int(line.split()[1].rstrip(".")) for line in lines[::2]) == list(range(1, 4 * 29 + 1))


def test_which_runs_are_not_split(tmp_path):
    assisted = tmp_path / "assisterad.toml"
    assisted.write_text('base_url = "https://x.example"\n[bankid]\nmode = "assisterad"\n', encoding="utf-8")
    plain = tmp_path / "staging.toml"
    plain.write_text('base_url = "https://x.example"\n', encoding="utf-8")
    assert runs_alone(["-m", "H5"]) is None
    assert runs_alone(["--target", str(plain)]) is None
    assert runs_alone(["--target", str(assisted)]) == "BankID med en person: en QR-kod i taget"
    assert runs_alone(["-x"]) and runs_alone(["--shard", "1/3"]) and runs_alone(["--maxfail=2"])
    assert runs_alone(["--target", str(tmp_path / "saknas.toml")]) is None  # the run itself says it is missing
