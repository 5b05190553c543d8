<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Pack</name>
    <message>
      <location filename="../station/pack/session.py" line="121" />
      <source>A reason barcode is only used after EXCEPTION.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="194" />
      <source>Acknowledged. Go on scanning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="427" />
      <source>All items packed. Scan COMPLETE to seal and print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="156" />
      <source>Badge {badge} is not known here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="456" />
      <source>Box {box_no} started. Suggested box: {box}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="471" />
      <source>Box {box_no}: {box}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="447" />
      <source>Box {box} is still empty: pack something in it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="465" />
      <source>Box {code} is not in this site's box catalogue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="188" />
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="383" />
      <source>Expired on {expiry}: do not ship. Put it in the quarantine bin and take another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="284" />
      <source>Finish order {order} first, or report an exception for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="266" />
      <source>No order, tote or pick list {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="248" />
      <source>No packed order to reprint yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="192" />
      <source>Nothing to acknowledge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="200" />
      <source>Nothing to undo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="94" />
      <source>Nothing was read. Scan again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="269" />
      <source>Order {order} is already open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="280" />
      <source>Order {order} is already packed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="240" />
      <source>Order {order} is in the exception queue. Put the tote on the exception shelf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="276" />
      <source>Order {order} is on hold: {reason}. Put the tote on the hold shelf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="522" />
      <source>Order {order} packed in {boxes} box(es). Documents are printing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="272" />
      <source>Order {order} was cancelled. Put the tote on the cancellations shelf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="305" />
      <source>Order {order}: {units} items. Suggested box: {box}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="107" />
      <location filename="../station/pack/session.py" line="165" />
      <source>Put the item aside, then scan OK to go on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="408" />
      <source>Quantity {quantity}: now scan the item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="252" />
      <source>Reprinting the documents of order {order}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="533" />
      <source>STOP: order {order} was cancelled while packing. Do not seal it: unpack the parcel onto the cancellations shelf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="536" />
      <source>STOP: order {order} was put on hold ({reason}). Do not seal it: put the parcel on the hold shelf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="136" />
      <source>STOP: the customer changed the address of order {order}. Do not use a label printed before now; the new one prints when you complete.</source>
      <translation>停止: 注文 {order} のお届け先が変更されました。これまでに印刷したラベルは使わないでください。完了すると新しいラベルが印刷されます。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" line="310" />
      <source>Scan an order, tote or pick list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="230" />
      <location filename="../station/pack/session.py" line="112" />
      <source>Scan the reason: short, damaged, wrong item picked or other.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="99" />
      <source>Scan your badge to sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="364" />
      <source>Serial {serial} has already been packed. Take another unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="387" />
      <source>Short-dated: expires {expiry}, {brand} needs {days} days. Take a unit with a later date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="158" />
      <source>Signed in: {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="182" />
      <source>Signed out: {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="341" />
      <source>Too many: {name} needs {remaining} more, not {quantity}. Put the extra aside and scan OK.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="218" />
      <source>Undone: the last box change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="215" />
      <source>Undone: {quantity} × {name}. Take it back out of the box.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="263" />
      <source>Unknown barcode {code}. Check the item, or call a supervisor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="322" />
      <source>Unknown item {code}. It is not in the catalogue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="492" />
      <source>Weight {weight} g is as expected ({expected} g).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="495" />
      <source>Weight {weight} g, expected {expected} g: check the box contents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="329" />
      <source>Wrong item: {name} is not in this order. Put it aside and scan OK.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="102" />
      <source>Your badge is not for packing. Use the returns screen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="505" />
      <source>{missing} items are still missing. Scan them, or report an exception.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="347" />
      <source>{name} needs its lot and expiry: scan the GS1 barcode on the item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="357" />
      <source>{name} needs its serial number: scan the serial barcode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="148" />
      <source>{name} was signed out after {minutes} idle minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="431" />
      <source>{name}: line complete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="433" />
      <source>{name}: {packed} of {ordered}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/pack/session.py" line="371" />
      <source>{name}: {remaining} to pack. Scan a quantity, or scan the item again to pack one.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
