"""Photos of both kinds (returns inspection photos, box-contents photos at sealing) reach the
real hub over loopback: once each, verified by their sha256, left waiting while the hub is
down, and a file that is gone is recorded as a problem instead of stopping the rest."""

from __future__ import annotations

import hashlib
import threading

import cv2
import httpx
import pytest
from sqlalchemy import func, select

from scanning.photos import BoxPhoto, save_box_photo
from scanning.synth import Sample, frame_with
from station.inbox import files
from station.returns.outcomes import ReturnsKind as K
from sync.client import HubClient, HubRefusedError, HubUnavailableError
from sync.hub.files import load_file
from sync.hub.schema import files as hub_files
from sync.settings import HubSettings
from sync.worker import SyncWorker, UploadResult
from tests import sync_support
from tests.returns_support import INSPECTOR, png_bytes, returns_session, scan
from tests.support import wait_until
from tests.sync_support import SITE, Hub, free_port, station

hub = sync_support.hub
sqlite_hub = sync_support.sqlite_hub
postgres = sync_support.postgres
COLOURS = ["red", "green", "blue", "orange", "purple"]


class CountingTransport(httpx.HTTPTransport):
    """The real transport, counting the files PUT to the hub by sha256."""

    def __init__(self) -> None:
        super().__init__()
        self.puts: dict[str, int] = {}
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append((request.method, request.url.path))
        if request.method == "PUT":
            sha = request.url.path.rsplit("/", 1)[-1]
            with self._lock:
                self.puts[sha] = self.puts.get(sha, 0) + 1
        return super().handle_request(request)


def inspection_photos(core, count: int) -> dict[str, bytes]:
    """Photos attached to RMA-5001 through the returns session, as an inspector does."""
    session = returns_session(core)
    assert scan(session, INSPECTOR).kind is K.SIGNED_IN
    scan(session, "RMA-5001")
    taken = {}
    for colour in COLOURS[:count]:
        data = png_bytes(colour)
        assert session.add_photo(data, "camera").kind is K.PHOTO_TAKEN
        taken[hashlib.sha256(data).hexdigest()] = data
    return taken


def box_photos(core, count: int) -> dict[str, bytes]:
    taken = {}
    for box_no in range(1, count + 1):
        frame = cv2.cvtColor(frame_with([Sample("QR", f"ORD-10000{box_no}")], 640, 480),
                             cv2.COLOR_GRAY2BGR)
        saved = save_box_photo(core.store, core.clock, frame, order_id=f"ORD-10000{box_no}",
                               box_no=1, station=core.station_id, user="P-1001")
        assert isinstance(saved, BoxPhoto)
        (jpeg,) = core.store.conn.execute("SELECT jpeg FROM box_photos WHERE sha256 = ?",
                                          (saved.sha256,)).fetchone()
        taken[saved.sha256] = bytes(jpeg)
    return taken


def worker(core, url: str, token: str, transport=None, **settings) -> SyncWorker:
    client = HubClient(url, token, SITE, timeout_s=5, transport=transport)
    return SyncWorker(core.settings.database_path, client, HubSettings(**settings),
                      clock=core.clock, photos_dir=core.settings.data_dir / "photos")


def hub_file_count(hub: Hub) -> int:
    with hub.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(hub_files)).scalar_one())


def test_every_waiting_photo_of_both_kinds_reaches_the_hub_once(hub, tmp_path):
    core = station(tmp_path)
    taken = inspection_photos(core, 3) | box_photos(core, 2)
    assert files.backlog(core.store.conn) == files.FileBacklog(waiting=5, problems=0)
    counting = CountingTransport()
    sync = worker(core, hub.url, hub.token_for(core.station_id), counting, file_batch=2)
    sync.cycle()
    for sha, data in taken.items():
        assert load_file(hub.engine, sha) == (SITE, data)
    assert counting.puts == dict.fromkeys(taken, 1)
    assert hub_file_count(hub) == 5
    assert files.backlog(core.store.conn) == files.FileBacklog(waiting=0, problems=0)
    assert sync.status().photos_waiting == 0
    sync.cycle()
    assert counting.puts == dict.fromkeys(taken, 1)
    sync.stop()
    core.close()


def test_photos_go_after_the_events_that_name_them(sqlite_hub, tmp_path):
    core = station(tmp_path)
    inspection_photos(core, 1)
    counting = CountingTransport()
    sync = worker(core, sqlite_hub.url, sqlite_hub.token_for(core.station_id), counting)
    sync.cycle()
    # Event pushes only: the number-block claims after the pull are POSTs too.
    methods = [method for method, path in counting.requests
               if method == "PUT" or path.endswith("/events")]
    assert methods.index("PUT") > methods.index("POST")
    assert "POST" not in methods[methods.index("PUT"):]
    sync.stop()
    core.close()


def test_the_hub_refuses_bytes_that_do_not_match_their_sha256(sqlite_hub, tmp_path):
    core = station(tmp_path)
    client = HubClient(sqlite_hub.url, sqlite_hub.token_for(core.station_id), SITE)
    claimed = hashlib.sha256(b"the real photo").hexdigest()
    with pytest.raises(HubRefusedError) as refused:
        client.put_file(claimed, b"something else")
    assert refused.value.status_code == 422
    assert load_file(sqlite_hub.engine, claimed) is None
    assert client.put_file(claimed, b"the real photo")["status"] == "created"
    client.close()
    core.close()


def test_a_photo_changed_on_disk_is_not_sent_and_is_recorded(sqlite_hub, tmp_path):
    core = station(tmp_path)
    taken = inspection_photos(core, 2)
    changed, kept = taken
    photo = core.settings.data_dir / "photos" / f"{changed}.png"
    photo.write_bytes(png_bytes("black"))
    sync = worker(core, sqlite_hub.url, sqlite_hub.token_for(core.station_id))
    sync.cycle()
    assert load_file(sqlite_hub.engine, changed) is None
    assert load_file(sqlite_hub.engine, kept) == (SITE, taken[kept])
    (problem,) = files.problems(core.store.conn)
    assert problem.sha256 == changed
    assert "changed after it was taken" in problem.reason
    sync.stop()
    core.close()


def test_a_deleted_photo_is_recorded_as_a_problem_and_the_others_still_go(sqlite_hub,
                                                                           tmp_path):
    core = station(tmp_path)
    taken = inspection_photos(core, 3) | box_photos(core, 1)
    gone = next(iter(taken))
    (core.settings.data_dir / "photos" / f"{gone}.png").unlink()
    counting = CountingTransport()
    sync = worker(core, sqlite_hub.url, sqlite_hub.token_for(core.station_id), counting)
    sync.cycle()
    assert sync.status().online is True
    assert set(counting.puts) == set(taken) - {gone}
    (problem,) = files.problems(core.store.conn)
    assert (problem.kind, problem.sha256) == (files.FileKind.RETURN_PHOTO, gone)
    assert "cannot be read" in problem.reason
    assert files.backlog(core.store.conn) == files.FileBacklog(waiting=0, problems=1)
    assert sync.status().photo_problems == 1
    sync.cycle()                                            # not retried round after round
    assert set(counting.puts) == set(taken) - {gone}
    assert all(count == 1 for count in counting.puts.values())
    sync.stop()
    core.close()


def test_a_photo_uploaded_twice_is_stored_once(sqlite_hub, tmp_path):
    core = station(tmp_path)
    taken = box_photos(core, 1)
    ((sha, data),) = taken.items()
    token = sqlite_hub.token_for(core.station_id)
    # The first upload reached the hub but its answer was lost: the station sends it again.
    client = HubClient(sqlite_hub.url, token, SITE)
    assert client.put_file(sha, data)["status"] == "created"
    assert client.put_file(sha, data)["status"] == "exists"
    client.close()
    sync = worker(core, sqlite_hub.url, token)
    assert sync.upload_files().uploaded == 1
    assert hub_file_count(sqlite_hub) == 1
    assert load_file(sqlite_hub.engine, sha) == (SITE, data)
    assert files.backlog(core.store.conn).waiting == 0
    sync.stop()
    core.close()


def test_a_hub_that_is_down_leaves_the_photos_waiting_until_it_is_back(sqlite_hub, tmp_path):
    core = station(tmp_path)
    token = sqlite_hub.token_for(core.station_id)
    taken = inspection_photos(core, 2) | box_photos(core, 2)
    sqlite_hub.server.stop()
    sync = worker(core, sqlite_hub.url, token, file_batch=1, push_interval_s=0.05,
                  backoff_base_s=0.05, backoff_max_s=0.2, timeout_s=1)
    with pytest.raises(HubUnavailableError):
        sync.upload_files()
    assert files.backlog(core.store.conn) == files.FileBacklog(waiting=4, problems=0)
    sync.start()
    # The photos are counted after the round that found the hub down: wait for both.
    assert wait_until(lambda: sync.status().online is False
                      and sync.status().photos_waiting == 4, timeout=60)
    assert files.problems(core.store.conn) == []
    sqlite_hub.server.start()                       # the same port again
    # Both come from one round's status update: wait for that round, then read both.
    assert wait_until(lambda: sync.status().online is True and not sync.status().photos_waiting,
                      timeout=60)
    sync.stop()
    for sha, data in taken.items():
        assert load_file(sqlite_hub.engine, sha) == (SITE, data)
    core.close()


def test_a_refused_token_stops_the_round_without_marking_photos(sqlite_hub, tmp_path):
    core = station(tmp_path)
    inspection_photos(core, 1)
    sync = worker(core, sqlite_hub.url, "not-a-token")
    with pytest.raises(HubRefusedError):
        sync.upload_files()
    assert files.backlog(core.store.conn) == files.FileBacklog(waiting=1, problems=0)
    sync.stop()
    core.close()


def test_a_station_configured_for_the_wrong_site_keeps_its_photos_waiting(sqlite_hub,
                                                                          tmp_path):
    core = station(tmp_path)
    inspection_photos(core, 1)
    client = HubClient(sqlite_hub.url, sqlite_hub.token_for(core.station_id), "OSA1")
    sync = SyncWorker(core.settings.database_path, client, HubSettings(), clock=core.clock)
    with pytest.raises(HubRefusedError) as refused:
        sync.upload_files()
    assert refused.value.status_code == 403
    assert files.backlog(core.store.conn) == files.FileBacklog(waiting=1, problems=0)
    sync.stop()
    core.close()


def test_bytes_another_site_stored_first_are_a_problem_and_the_rest_still_go(sqlite_hub,
                                                                             tmp_path):
    core = station(tmp_path)
    taken = box_photos(core, 2)
    first, second = taken
    other = HubClient(sqlite_hub.url, sqlite_hub.token_for("OSA-01", site="OSA1"), "OSA1")
    assert other.put_file(first, taken[first])["status"] == "created"
    other.close()
    sync = worker(core, sqlite_hub.url, sqlite_hub.token_for(core.station_id))
    assert sync.upload_files() == UploadResult(tried=2, uploaded=1, problems=1)
    (problem,) = files.problems(core.store.conn)
    assert problem.sha256 == first
    assert "another site" in problem.reason
    assert load_file(sqlite_hub.engine, second) == (SITE, taken[second])
    sync.stop()
    core.close()


def test_an_unreachable_port_is_unavailable_not_a_problem(tmp_path):
    core = station(tmp_path)
    inspection_photos(core, 1)
    sync = worker(core, f"http://127.0.0.1:{free_port()}", "token", timeout_s=1)
    with pytest.raises(HubUnavailableError):
        sync.upload_files()
    assert files.backlog(core.store.conn) == files.FileBacklog(waiting=1, problems=0)
    sync.stop()
    core.close()
