"""SessionStore on its own: ids, expiry and ending sessions."""

import pytest

from reference_app.clock import Clock
from reference_app.portal import customers, db
from reference_app.portal.sessions import SessionPolicy, SessionStore


@pytest.fixture
def store(tmp_path):
    path = str(tmp_path / "portal.db")
    db.init_schema(path)
    conn = db.connect(path)
    conn.execute(
        "INSERT INTO customers (id, kundnummer, kind, name, personnummer) VALUES (1, '100001', 'privat', 'A', '191212121212')"
    )
    conn.execute(
        "INSERT INTO customers (id, kundnummer, kind, name, personnummer) VALUES (2, '100002', 'privat', 'B', '198112189876')"
    )
    yield SessionStore(conn, Clock(path), SessionPolicy(idle_seconds=60, absolute_seconds=600))
    conn.close()


def test_ids_are_random_and_only_their_hash_is_stored(store):
    first, second = store.start(1), store.start(1)
    assert first != second
    stored = [row[0] for row in store.conn.execute("SELECT id_hash FROM sessions")]
    assert first not in stored and second not in stored


def test_resume_live_session(store):
    token = store.start(1)
    assert store.resume(token) == 1
    assert store.resume("not-a-session") is None
    assert store.resume(None) is None


def test_idle_and_absolute_expiry_follow_the_clock(store):
    idle, active = store.start(1), store.start(2)
    for _ in range(10):
        store.clock.advance(59)
        assert store.resume(active) == 2
    assert store.resume(idle) is None  # 590 s without a request
    store.clock.advance(59)
    assert store.resume(active) is None  # past the absolute lifetime


def test_end_all_for_a_customer(store):
    mine, also_mine, theirs = store.start(1), store.start(1), store.start(2)
    assert store.end_all_for(1, "password changed") == 2
    assert store.resume(mine) is None and store.resume(also_mine) is None
    assert store.resume(theirs) == 2


def test_clock_never_goes_back(store):
    with pytest.raises(ValueError):
        store.clock.advance(-1)


def test_customer_add_and_authenticate(store):
    from reference_app.portal.identity import Username

    customers.add(
        store.conn, kundnummer="300001", kind="foretag", name="C AB", orgnr="5566778899", password="Ett-Bra-Lösen-9"
    )
    assert customers.authenticate(store.conn, Username("orgnr", "5566778899"), "Ett-Bra-Lösen-9").name == "C AB"
    assert customers.authenticate(store.conn, Username("kundnummer", "300001"), "fel") is None
    assert customers.authenticate(store.conn, Username("kundnummer", "100001"), "x") is None  # no password set
