<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Printing</name>
    <message>
      <location filename="../printing/documents/carrier_layouts/__init__.py" />
      <source>Choose a service of this carrier that takes the parcel, or another carrier.</source>
      <translation>この荷物を扱えるこの運送会社のサービスか、別の運送会社を選んでください。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_layouts/__init__.py" />
      <source>There is no label layout for the carrier {carrier}.</source>
      <translation>運送会社 {carrier} のラベルレイアウトはありません。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_layouts/__init__.py" />
      <source>Use yamato, sagawa or japanpost, or the generic label.</source>
      <translation>yamato、sagawa、japanpost のいずれか、または汎用ラベルを使ってください。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_layouts/__init__.py" />
      <source>{carrier} has no {cool} service: no label was printed.</source>
      <translation>{carrier}には {cool} のサービスがありません。ラベルは印刷していません。</translation>
    </message>
  </context>
</TS>
