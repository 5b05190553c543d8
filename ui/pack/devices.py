"""The camera and the RFID reader beside the pack screen, when the settings name them.

The camera's reads go into the same pack session as wedge scans; a tote read's matched units
are packed by the core (`station.pack.tote_packing`), which also picks the outcome shown; when
a box is sealed (new box, or the order complete) the camera's newest frame is kept as the
box-contents photo."""

from __future__ import annotations

import logging

from scanning.devices import camera_settings, camera_source, tote_verifier
from scanning.photos import save_box_photo
from scanning.pipeline import camera_decoder
from scanning.rfid.tote import ToteRead
from station.core import StationCore
from station.gtin import to_gtin14
from station.pack.box_photo import sealed_box
from station.pack.outcomes import ScanOutcome
from station.pack.tote_packing import pack_tote
from ui.background import BackgroundWork
from ui.i18n import tr
from ui.pack.screen import PackScreen
from ui.scanning.camera_preview import CameraPreview
from ui.scanning.rfid_panel import RfidTotePanel

log = logging.getLogger("packstation")


class PackDevices:
    def __init__(self, core: StationCore, screen: PackScreen, work: BackgroundWork) -> None:
        self.core = core
        self.screen = screen
        self.camera: CameraPreview | None = None
        self.rfid: RfidTotePanel | None = None
        source = camera_source(core.settings)
        if source is not None:
            self.camera = CameraPreview(source, camera_decoder(), camera_settings(core.settings))
            self.camera.scanned.connect(screen.submit_scan)
            screen.add_side_widget(self.camera)
        verifier = tote_verifier(core.settings, core.pack, core.catalogue)
        if verifier is not None:
            self.rfid = RfidTotePanel(lambda: verifier.read(core.pack), work,
                                      describe=self._describe)
            self.rfid.checked.connect(self._on_tote_checked)
            screen.add_side_widget(self.rfid)
        screen.outcome.connect(self._on_outcome)

    def start(self) -> None:
        if self.camera is not None:
            self.camera.start()

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()

    def _describe(self, gtin: str) -> str:
        product = self.core.catalogue.product_by_gtin(to_gtin14(gtin) or gtin)  # type: ignore[arg-type]
        return product.display_name(self.screen.language) if product else gtin

    def _on_tote_checked(self, read: ToteRead) -> None:
        if read.problem is not None:
            self.screen.banner.setText(tr(read.problem))
            return
        if read.check is None:
            return
        outcome = pack_tote(self.core.pack, read.check)
        if outcome is not None:
            self.screen.show_outcome(outcome)

    def _on_outcome(self, outcome: ScanOutcome) -> None:
        if self.camera is None:
            return
        box = sealed_box(outcome, self.core.pack, self.core.store.conn)
        if box is None:
            return
        frame = self.camera.snapshot()
        if frame is None:
            return
        result = save_box_photo(self.core.store, self.core.clock, frame, order_id=box.order_id,
                                box_no=box.box_no, station=self.core.station_id,
                                user=self.core.signin.user)
        log.info("box photo for %s box %s: %s", box.order_id, box.box_no, type(result).__name__)
