<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>RFID</name>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>A company prefix of {length} digits cannot be encoded (6 to 12).</source>
      <translation>{length}桁の事業者コードはエンコードできません（6〜12桁）。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/__init__.py" />
      <source>EPC header {header} is not a supported scheme (SGTIN, SSCC, SGLN, GRAI, GIAI, GSRN, GDTI, CPI, SGCN, ITIP, GID, USDOD, ADI).</source>
      <translation>EPCヘッダー{header}は対応していない方式です（SGTIN、SSCC、SGLN、GRAI、GIAI、GSRN、GDTI、CPI、SGCN、ITIP、GID、USDOD、ADI）。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/__init__.py" />
      <source>EPC {code} is not a valid {scheme}: {reason}</source>
      <translation>EPC {code}は正しい{scheme}ではありません：{reason}</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/__init__.py" />
      <source>EPC {code} is of scheme {scheme}, which this station names but does not decode.</source>
      <translation>EPC {code}は{scheme}方式です。このステーションでは方式名のみ表示し、デコードはしません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/__init__.py" />
      <source>EPC {code} is too short for {scheme}: {bits} of {needed} bits.</source>
      <translation>EPC {code}は{scheme}には短すぎます：{needed}ビット中{bits}ビット。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>Filter {value} must be 0 to 7.</source>
      <translation>フィルター値{value}は0〜7でなければなりません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/__init__.py" />
      <source>Not an EPC: {code} is not hexadecimal.</source>
      <translation>EPCではありません：{code}は16進数ではありません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/__init__.py" />
      <source>Not an EPC: {code} is too short.</source>
      <translation>EPCではありません：{code}は短すぎます。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/__init__.py" />
      <source>Not an EPC: {length} characters is too long.</source>
      <translation>EPCではありません：{length}文字は長すぎます。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>Serial {serial} cannot be encoded in GRAI-96: it must be a number below 274877906944 without leading zeros.</source>
      <translation>シリアル{serial}はGRAI-96にエンコードできません：先頭に0のない274877906944未満の数字が必要です。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>Serial {serial} cannot be encoded in SGTIN-96: it must be a number below 274877906944 without leading zeros.</source>
      <translation>シリアル{serial}はSGTIN-96にエンコードできません：先頭に0のない274877906944未満の数字が必要です。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>The asset reference of {giai} does not fit GIAI-96.</source>
      <translation>{giai}の資産参照番号はGIAI-96に収まりません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/bits.py" />
      <source>a 6-bit field holds {char}, or is too long.</source>
      <translation>6ビットのフィールドに{char}が含まれているか、長すぎます。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/bits.py" />
      <location filename="../scanning/rfid/epc/schemes.py" />
      <source>a number does not fit its partition.</source>
      <translation>数値がパーティションに収まりません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/bits.py" />
      <source>a numeric string does not start with 1.</source>
      <translation>数字列が1で始まっていません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/bits.py" />
      <source>character {code} is not allowed in a serial.</source>
      <translation>文字{code}はシリアルに使えません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/bits.py" />
      <source>characters after the end of the serial.</source>
      <translation>シリアルの終わりの後に文字があります。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/schemes.py" />
      <source>partition value {value} is reserved.</source>
      <translation>パーティション値{value}は予約されています。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/bits.py" />
      <source>the CAGE or DoDAAC code is not ASCII.</source>
      <translation>CAGEまたはDoDAACコードがASCIIではありません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/schemes.py" />
      <source>the CAGE or DoDAAC code is not valid.</source>
      <translation>CAGEまたはDoDAACコードが正しくありません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/bits.py" />
      <source>the EPC ends in the middle of a field.</source>
      <translation>EPCがフィールドの途中で終わっています。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/schemes.py" />
      <source>the serial number is empty.</source>
      <translation>シリアル番号が空です。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>{giai} cannot be encoded in GIAI-96: it must be digits only.</source>
      <translation>{giai}はGIAI-96にエンコードできません：数字だけである必要があります。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>{grai} is not a valid GRAI.</source>
      <translation>{grai}は正しいGRAIではありません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>{gtin} is not a valid GTIN.</source>
      <translation>{gtin}は正しいGTINではありません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc/encode.py" />
      <source>{sscc} is not a valid SSCC.</source>
      <translation>{sscc}は正しいSSCCではありません。</translation>
    </message>
  </context>
</TS>
