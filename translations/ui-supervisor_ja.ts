<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Exceptions</name>
    <message>
      <location filename="../ui/supervisor/exception_actions.py" />
      <source>Batch {batch}: items no order took. Find their order or return them to stock, then resolve with a reason.</source>
      <translation>バッチ {batch}: どの注文にも仕分けられなかった商品です。該当する注文を探すか在庫に戻し、理由を入力して解決してください。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/exception_actions.py" />
      <source>Choose an order in the queue.</source>
      <translation>キューから注文を選んでください。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/exception_actions.py" />
      <source>Press Resolve (close) or Release (pack again).</source>
      <translation>「解決（閉じる）」か「解除（再梱包）」を押してください。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/exception_actions.py" />
      <source>Reason (required)</source>
      <translation>理由（必須）</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/exception_actions.py" />
      <source>Release (pack again)</source>
      <translation>解除（再梱包）</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/exception_actions.py" />
      <source>Resolve (close)</source>
      <translation>解決（閉じる）</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/exception_actions.py" />
      <source>{order}: {what}</source>
      <translation>{order}：{what}</translation>
    </message>
  </context>
  <context>
    <name>Site view</name>
    <message>
      <location filename="../ui/supervisor/site_view.py" />
      <source>Asking the hub for the site's figures…</source>
      <translation>ハブに拠点の数値を問い合わせています…</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/site_view.py" />
      <source>Every station of the site, from the hub: {days}. Figures arrive as each station syncs.</source>
      <translation>ハブから取得した拠点の全ステーション：{days}。各ステーションの同期に合わせて数値が反映されます。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/site_view.py" />
      <source>Whole site</source>
      <translation>拠点全体</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/site_view.py" />
      <source>{station} (this station)</source>
      <translation>{station}（この端末）</translation>
    </message>
  </context>
  <context>
    <name>Supervisor</name>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>All brands</source>
      <translation>全ブランド</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/tiles.py" />
      <source>At most {target}</source>
      <translation>上限 {target}</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>Brand</source>
      <translation>ブランド</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Charts</source>
      <translation>グラフ</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Event</source>
      <translation>イベント</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Exception queue</source>
      <translation>例外キュー</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Export CSV</source>
      <translation>CSV出力</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Export XLSX</source>
      <translation>XLSX出力</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>From</source>
      <translation>期間</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Gifts and inserts</source>
      <translation>ギフト・同梱物</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Hub's answer</source>
      <translation>ハブの応答</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>Inserts</source>
      <translation>同梱物</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Materials bill</source>
      <translation>資材請求</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Materials bill of {brand}: {orders} orders written to {path}.</source>
      <translation>{brand} の資材請求（{orders} 件の注文）を {path} に書き出しました。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>Noshi</source>
      <translation>熨斗</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Only a supervisor can see this screen. Scan a supervisor badge.</source>
      <translation>この画面はスーパーバイザーのみ表示できます。スーパーバイザーのバッジをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <location filename="../ui/supervisor/queues.py" />
      <source>Order</source>
      <translation>注文</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Order or RMA</source>
      <translation>注文またはRMA</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Packer</source>
      <translation>梱包担当者</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Packers</source>
      <translation>梱包担当者</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Read the reason, correct the order at the hub, then scan it again here. The event stays in this station's journal.</source>
      <translation>理由を確認し、ハブで注文を修正してから、ここで再度スキャンしてください。イベントはこのステーションのジャーナルに残ります。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Refresh</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Rejected</source>
      <translation>拒否日時</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Rejected by the hub</source>
      <translation>ハブが拒否</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Reported</source>
      <translation>報告日時</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/site_view.py" />
      <source>Site: all stations</source>
      <translation>拠点：全ステーション</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Something went wrong while counting ({kind}). The station's work is safe; try Refresh, or call IT if it happens again.</source>
      <translation>集計中に問題が発生しました（{kind}）。ステーションの作業データは安全です。「更新」を押してください。再発する場合はIT担当に連絡してください。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Sort wall</source>
      <translation>仕分け棚</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/sort_tab.py" />
      <source>Sort wall counts belong to no brand (a batch mixes them): they show with All brands. Units sorted and strays leave out undone scans. Sort exceptions: each order a batch closed short, each slot stopped because its order was cancelled or held, and each batch closed with items left over.</source>
      <translation>仕分け棚の件数はどのブランドにも属しません（バッチには複数のブランドが混在します）。「全ブランド」で表示されます。仕分け点数と対象外の商品には取り消したスキャンを含みません。仕分け例外は、締めたときに不足があった注文、注文のキャンセルや保留で止めた間口、余りの商品を残して締めたバッチを、それぞれ1件と数えます。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Station</source>
      <translation>ステーション</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Stations</source>
      <translation>ステーション</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>Steps confirmed</source>
      <translation>確認済み作業</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Tables: {days}. {definition}.</source>
      <translation>表の期間：{days}。{definition}。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/charts.py" />
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/tiles.py" />
      <source>Target {target}</source>
      <translation>目標 {target}</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/tiles.py" />
      <source>Target {target} by now ({day} today)</source>
      <translation>現時点の目標 {target}（本日 {day}）</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>The chosen brand's packing materials for the days shown, to invoice (XLSX)</source>
      <translation>選んだブランドの表示期間の梱包資材（請求用 XLSX）</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>The figures could not be read: {reason}</source>
      <translation>数値を読み込めませんでした: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>The materials bill was not written: {reason}</source>
      <translation>資材請求を書き出せませんでした: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>Type</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/charts.py" />
      <source>Units packed</source>
      <translation>梱包点数</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Units packed by day</source>
      <translation>日別の梱包点数</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Units packed by hour today</source>
      <translation>本日の時間別梱包点数</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Updated {time} in {ms} ms.</source>
      <translation>{time} に更新（{ms} ms）。</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>Updating…</source>
      <translation>更新中…</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>What to do next</source>
      <translation>次にすること</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>Wrapping</source>
      <translation>ギフト包装</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>exception</source>
      <translation>例外</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/queues.py" />
      <source>left over</source>
      <translation>余り</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>not started</source>
      <translation>未着手</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>packed</source>
      <translation>梱包済み</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>packing</source>
      <translation>梱包中</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>stopped by the hub</source>
      <translation>ハブにより停止</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>to</source>
      <translation>〜</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/screen.py" />
      <source>{message} {next_step}</source>
      <translation>{message} {next_step}</translation>
    </message>
    <message>
      <location filename="../ui/supervisor/gifts.py" />
      <source>{status}</source>
      <translation>{status}</translation>
    </message>
  </context>
</TS>
