<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Scan</name>
    <message>
      <location filename="../scanning/gs1.py" />
      <source>Malformed GS1 data: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../scanning/interpret.py" />
      <source>Nothing was read. Scan again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../scanning/gs1.py" />
      <source>The barcode is too long to be GS1 data ({length} characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../scanning/gs1.py" />
      <source>Wrong GTIN check digit in {value}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
