<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Sync</name>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>1 event waiting to sync ({age})</source>
      <translation>送信待ち 1 件（{age}）</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>1 photo waiting</source>
      <translation>送信待ちの写真 1 枚</translation>
    </message>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>All events synced</source>
      <translation>すべて送信済み</translation>
    </message>
    <message>
      <location filename="../ui/sync/rejected_view.py" />
      <source>Event</source>
      <translation>イベント</translation>
    </message>
    <message>
      <location filename="../ui/sync/rejected_view.py" />
      <source>Events the hub parked</source>
      <translation>ハブが保留にしたイベント</translation>
    </message>
    <message>
      <location filename="../ui/sync/rejected_view.py" />
      <source>Hub's answer</source>
      <translation>ハブの応答</translation>
    </message>
    <message>
      <location filename="../ui/sync/rejected_view.py" />
      <source>Hub's reason</source>
      <translation>ハブの理由</translation>
    </message>
    <message>
      <location filename="../ui/sync/rejected_view.py" />
      <source>Order</source>
      <translation>注文</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>Parked: {count}</source>
      <translation>保留: {count}</translation>
    </message>
    <message>
      <location filename="../ui/sync/rejected_view.py" />
      <source>These events were kept at this station. Check each order with the office; nothing here was sent twice or lost. A supervisor can export them: python -m station.inbox export-parked</source>
      <translation>これらのイベントはこのステーションに保存されています。各注文を事務所に確認してください。二重送信や紛失はありません。スーパーバイザーは python -m station.inbox export-parked で書き出せます。</translation>
    </message>
    <message>
      <location filename="../ui/sync/rejected_view.py" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>nothing waiting</source>
      <translation>送信待ちなし</translation>
    </message>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>oldest {days} days ago</source>
      <translation>最古 {days} 日前</translation>
    </message>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>oldest {hours} h ago</source>
      <translation>最古 {hours} 時間前</translation>
    </message>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>oldest {minutes} min ago</source>
      <translation>最古 {minutes} 分前</translation>
    </message>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>oldest {seconds} s ago</source>
      <translation>最古 {seconds} 秒前</translation>
    </message>
    <message>
      <location filename="../ui/sync/backlog_words.py" />
      <source>{count} events waiting to sync ({age})</source>
      <translation>送信待ち {count} 件（{age}）</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>{count} photos waiting</source>
      <translation>送信待ちの写真 {count} 枚</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>{waiting}, {problems} cannot be sent</source>
      <translation>{waiting}、送信できない写真 {problems} 枚</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Connecting to the hub…</source>
      <translation>● ハブに接続中…</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Offline: the hub refuses this station</source>
      <translation>● オフライン: ハブがこのステーションを拒否しています</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Offline: the hub refuses this station's token</source>
      <translation>● オフライン: ハブがこのステーションのトークンを拒否しています</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Offline: working locally</source>
      <translation>● オフライン: ローカルで作業中</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Online</source>
      <translation>● オンライン</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Sync paused: an unexpected error (see the log)</source>
      <translation>● 同期を一時停止: 予期しないエラー (ログを確認してください)</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Sync paused: the hub's answer made no sense</source>
      <translation>● 同期を一時停止: ハブの応答を解釈できません</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Sync paused: this station's database is busy</source>
      <translation>● 同期を一時停止: このステーションのデータベースが使用中です</translation>
    </message>
    <message>
      <location filename="../ui/sync/status_widget.py" />
      <source>● Sync stopped: the hub refuses what this station sends</source>
      <translation>● 同期停止: ハブがこのステーションの送信内容を拒否しています</translation>
    </message>
  </context>
</TS>
