<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Errors</name>
    <message>
      <location filename="../station/errors.py" line="13" />
      <source>Call a supervisor if this keeps happening.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../station/settings.py" line="117" />
      <source>Check the path, or start without --config to use the defaults.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="123" />
      <source>Fix the line named, or restore the file from its backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="197" />
      <source>Fix the value, or remove it to use the default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="148" />
      <source>Known settings: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="121" />
      <source>The settings file {path} cannot be read: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="116" />
      <source>The settings file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="93" />
      <source>Update the file to the current format described in the README.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="195" />
      <source>{path}: '{where}' must be {expected}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="146" />
      <source>{path}: [{section}] has no setting called '{key}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/settings.py" line="91" />
      <source>{path}: settings version {found} is not supported (expected {want}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <location filename="../station/store.py" line="99" />
      <source>Check that the data folder exists and the disk is not full.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/store.py" line="86" />
      <source>Check the disk and the file's permissions, then restart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/store.py" line="91" />
      <source>Do not delete it. Call a supervisor: events not yet synced are inside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/store.py" line="97" />
      <source>The station database {path} cannot be opened: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/store.py" line="85" />
      <source>The station database {path} cannot be written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../station/store.py" line="90" />
      <source>The station database {path} is damaged.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
