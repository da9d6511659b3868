<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="44"/>
        <source>Accept an invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="51"/>
        <source>The invitation</source>
        <translation>Die Einladung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="52"/>
        <source>fd-invite-1:…  (paste it whole)</source>
        <translation>fd-invite-1:…  (vollständig einfügen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="55"/>
        <source>&amp;Invitation (or your co-facilitator's card):</source>
        <translation>&amp;Einladung (oder die Karte Ihrer Co-Leitung):</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="58"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Weiter: Sicherheitsnummer vergleichen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="63"/>
        <source>Accept a shared group</source>
        <translation>Geteilte Gruppe annehmen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="66"/>
        <source>Paste the invitation your co-facilitator sent. Their group then comes to this laptop at the next sync, sealed for it alone.</source>
        <translation>Fügen Sie die Einladung ein, die Ihre Co-Leitung geschickt hat. Die Gruppe kommt dann bei der nächsten Synchronisierung auf diesen Laptop, nur für ihn verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="82"/>
        <source>Your co-facilitator saw twelve digits when they shared the group. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Ihre Co-Leitung hat beim Teilen der Gruppe zwölf Ziffern gesehen. Lesen Sie sie einander laut vor oder vergleichen Sie die beiden Bildschirme nebeneinander.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="89"/>
        <source>This is a card, not an invitation: compare the number now, then paste the invitation when it comes.</source>
        <translation>Das ist eine Karte, keine Einladung: Vergleichen Sie jetzt die Nummer und fügen Sie die Einladung ein, sobald sie kommt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="98"/>
        <source>&amp;Accept the invitation</source>
        <translation>Einladung &amp;annehmen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="114"/>
        <source>Accepted. The group appears in your group list at the next sync, with its history; until then it is listed on the Sharing page as waiting.</source>
        <translation>Angenommen. Die Gruppe erscheint bei der nächsten Synchronisierung mit ihrem Verlauf in Ihrer Gruppenliste; bis dahin steht sie auf der Seite „Teilen“ als wartend.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="121"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="45"/>
        <source>{hours} {minutes}</source>
        <extracomment>a length said aloud, e.g. &quot;1 hour 5 minutes&quot;.</extracomment>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="51"/>
        <source>{minutes} {seconds}</source>
        <extracomment>a length said aloud, e.g. &quot;1 minute 35&quot; (the seconds as a bare number).</extracomment>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="60"/>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="64"/>
        <source>{n} percent</source>
        <translation>{n} Prozent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="69"/>
        <source>{name}, {length}, {share}</source>
        <translation>{name}, {length}, {share}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="72"/>
        <source>{row}, speaking now</source>
        <translation>{row}, spricht gerade</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="76"/>
        <source>speaking now</source>
        <translation>spricht gerade</translation>
    </message>
</context>
<context>
    <name>AcknowledgementPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="43"/>
        <source>Ground rules</source>
        <translation>Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="51"/>
        <source>Date signed</source>
        <translation>Datum der Unterschrift</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="55"/>
        <source>Signed on:</source>
        <translation>Unterschrieben am:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="57"/>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="126"/>
        <source>Record signa&amp;ture</source>
        <translation>Unterschrift &amp;erfassen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="59"/>
        <source>Print rules for this member…</source>
        <translation>Regeln drucken…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="61"/>
        <source>The ground-rules handout with this member's name on the signature line</source>
        <translation>Das Handout mit den Gruppenregeln, mit dem Namen dieses Mitglieds auf der Unterschriftszeile</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="124"/>
        <source>Record signa&amp;ture of v{n}</source>
        <translation>Unterschrift v{n} &amp;erfassen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="143"/>
        <source>Recorded: signed version {n} on {date}.</source>
        <translation>Erfasst: Version {n} am {date} unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="166"/>
        <source>This group has no ground rules yet.</source>
        <translation>Diese Gruppe hat noch keine Gruppenregeln.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="168"/>
        <source>Signed the current rules (v{n}) on {date}.</source>
        <translation>Hat die aktuellen Regeln (v{n}) am {date} unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="173"/>
        <source>Signed v{old} on {date}; not yet the current rules (v{n}).</source>
        <translation>Hat v{old} am {date} unterschrieben, die aktuellen Regeln (v{n}) noch nicht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="178"/>
        <source>Not signed the current rules (v{n}).</source>
        <translation>Hat die aktuellen Regeln (v{n}) noch nicht unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="184"/>
        <source>Earlier: {versions}</source>
        <translation>Früher: {versions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="186"/>
        <source>v{n} on {date}</source>
        <translation>v{n} am {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="205"/>
        <source>%Ln of {members} members have signed v{n}.</source>
        <translation>
            <numerusform>%Ln von {members} Mitgliedern hat v{n} unterschrieben.</numerusform>
            <numerusform>%Ln von {members} Mitgliedern haben v{n} unterschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddendaList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="33"/>
        <source>Addendum of {date}, {time}</source>
        <translation>Nachtrag vom {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="39"/>
        <source>This addendum is damaged and cannot be shown.</source>
        <translation>Dieser Nachtrag ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="25"/>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="39"/>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="29"/>
        <source>The note is signed: it stays as it was. The addendum is added under it, dated today, and cannot be changed either.</source>
        <translation>Das Protokoll ist signiert und bleibt, wie es ist. Der Nachtrag wird mit dem heutigen Datum darunter angefügt und kann ebenfalls nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="45"/>
        <source>&amp;Add addendum</source>
        <translation>Nachtrag &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="64"/>
        <source>Add segmen&amp;t</source>
        <translation>Abschnitt hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="65"/>
        <source>Add a segment at the end of the agenda</source>
        <translation>Einen Abschnitt am Ende des Ablaufs hinzufügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="68"/>
        <source>No segments yet: add check-in, discussion and check-out.</source>
        <translation>Noch keine Abschnitte: Fügen Sie Anfangsrunde, Austausch und Abschlussrunde hinzu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="183"/>
        <source>e.g. Check-in</source>
        <translation>z. B. Anfangsrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="184"/>
        <source>Segment {n} name</source>
        <translation>Name von Abschnitt {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="190"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="191"/>
        <source>Segment {n} minutes</source>
        <translation>Minuten von Abschnitt {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="193"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="194"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="196"/>
        <source>Everyone speaks in seat order; anyone may pass.</source>
        <translation>Alle sprechen nach Sitzordnung; jede Person darf passen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="197"/>
        <source>Open discussion: raise a hand to join the queue.</source>
        <translation>Offenes Gespräch: Handzeichen, um auf die Redeliste zu kommen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="199"/>
        <source>Segment {n} kind</source>
        <translation>Art von Abschnitt {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="200"/>
        <source>Move segment {n} up</source>
        <translation>Abschnitt {n} nach oben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="201"/>
        <source>Move segment {n} down</source>
        <translation>Abschnitt {n} nach unten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="202"/>
        <source>Remove segment {n}</source>
        <translation>Abschnitt {n} entfernen</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="33"/>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="35"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add a segment</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Change the selected segment's minutes</source>
        <translation>Minuten des ausgewählten Abschnitts ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Minutes…</source>
        <translation>Zeit…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="45"/>
        <source>Remove the selected segment</source>
        <translation>Ausgewählten Abschnitt entfernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="46"/>
        <source>Move the selected segment earlier</source>
        <translation>Ausgewählten Abschnitt nach vorn verschieben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="47"/>
        <source>Move the selected segment later</source>
        <translation>Ausgewählten Abschnitt nach hinten verschieben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="146"/>
        <source>{mark}  {name} · {minutes} min · {kind}</source>
        <translation>{mark}  {name} · {minutes} Min. · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="150"/>
        <source> · took {took}</source>
        <translation> · dauerte {took}</translation>
    </message>
</context>
<context>
    <name>AirtimeBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/airtime_bars.py" line="76"/>
        <source>Airtime</source>
        <translation>Redezeit</translation>
    </message>
</context>
<context>
    <name>AnnouncementSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="20"/>
        <source>Screen reader</source>
        <translation>Screenreader</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="24"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="25"/>
        <source>key moments</source>
        <translation>wichtige Momente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="26"/>
        <source>key moments and each minute left</source>
        <translation>wichtige Momente und jede verbleibende Minute</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="30"/>
        <source>What a session announces to a screen reader</source>
        <translation>Was ein Treffen dem Screenreader ansagt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="33"/>
        <source>During a session, &amp;announce</source>
        <translation>Im Treffen ansa&amp;gen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="40"/>
        <source>Key moments: a new speaker, a new segment, nearly done and over time. Your screen reader says them after what it is reading; only “over time” interrupts it. Without a screen reader nothing is said.</source>
        <translation>Wichtige Momente: eine neue sprechende Person, ein neuer Abschnitt, fast vorbei und Zeit überschritten. Ihr Screenreader sagt sie nach dem an, was er gerade vorliest; nur „Zeit überschritten“ unterbricht ihn. Ohne Screenreader wird nichts angesagt.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="118"/>
        <source>Correct attendance</source>
        <translation>Anwesenheit korrigieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="126"/>
        <source>— not recorded —</source>
        <translation>– nicht erfasst –</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="138"/>
        <source>&amp;Save corrections</source>
        <translation>Korrekturen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="142"/>
        <source>Attendance on {date}</source>
        <translation>Anwesenheit am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="145"/>
        <source>Each change is recorded with today's date and shown on the session.</source>
        <translation>Jede Änderung wird mit dem heutigen Datum festgehalten und beim Treffen angezeigt.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="53"/>
        <source>Attendance grid</source>
        <translation>Anwesenheitsraster</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="59"/>
        <source>{members} over {sessions}</source>
        <translation>{members} über {sessions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="146"/>
        <source>Open {alias}'s page</source>
        <translation>Seite von {alias} öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="157"/>
        <source>Open the session of {date}</source>
        <translation>Treffen vom {date} öffnen</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="32"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="59"/>
        <source>Corrected afterwards.</source>
        <translation>Nachträglich korrigiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="60"/>
        <source>Click to open their page.</source>
        <translation>Klicken, um die Seite der Person zu öffnen.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="90"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="91"/>
        <source>Here</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="92"/>
        <source>Late</source>
        <translation>Spät</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="93"/>
        <source>Left</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="94"/>
        <source>Excused</source>
        <translation>Abgem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="95"/>
        <source>Absent</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="98"/>
        <source>The member's number for the whole session: press it to queue them once they are here (0 then two digits from 10 up)</source>
        <translation>Die Nummer des Mitglieds für das ganze Treffen: Drücken Sie sie, um es auf die Redeliste zu setzen, sobald es da ist (ab 10: 0, dann zwei Ziffern)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="102"/>
        <source>Click a name to add the member to the queue</source>
        <translation>Auf einen Namen klicken, um das Mitglied auf die Redeliste zu setzen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="103"/>
        <source>Present: click, or Enter on the row</source>
        <translation>Anwesend: klicken oder Eingabetaste in der Zeile</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="104"/>
        <source>Late: the first arrival time is kept</source>
        <translation>Verspätet: die erste Ankunftszeit wird festgehalten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="105"/>
        <source>Left early: the time is kept</source>
        <translation>Früher gegangen: die Uhrzeit wird festgehalten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="106"/>
        <source>Excused: told ahead they could not come</source>
        <translation>Abgemeldet: hat vorher Bescheid gegeben, nicht kommen zu können</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="107"/>
        <source>Absent without notice</source>
        <translation>Fehlt ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="112"/>
        <source>Speaking now</source>
        <translation>Spricht gerade</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="113"/>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="114"/>
        <source>Waiting to speak</source>
        <translation>Wartet auf das Wort</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="118"/>
        <source>speaking now</source>
        <translation>spricht gerade</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="119"/>
        <source>up next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="120"/>
        <source>waiting to speak</source>
        <translation>wartet auf das Wort</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="123"/>
        <source>here</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="124"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="125"/>
        <source>left early</source>
        <translation>früher gegangen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="126"/>
        <source>excused</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="127"/>
        <source>absent</source>
        <translation>ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="128"/>
        <source>not marked yet</source>
        <translation>noch nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="188"/>
        <source>Number {n} for the whole session</source>
        <translation>Nummer {n} für das ganze Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="190"/>
        <source>Number {n}</source>
        <translation>Nummer {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>not chosen</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="204"/>
        <source>Attendance of {name}: one choice of {count}</source>
        <translation>Anwesenheit von {name}: eine Auswahl aus {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="228"/>
        <source>Not marked yet</source>
        <translation>Noch nicht eingetragen</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="127"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="142"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="129"/>
        <source>&amp;All present</source>
        <translation>&amp;Alle anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="130"/>
        <source>Mark everyone not marked yet as present (Alt+A)</source>
        <translation>Alle noch nicht Eingetragenen als anwesend eintragen (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="194"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="201"/>
        <source>&amp;Here</source>
        <translation>&amp;Anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="195"/>
        <source>&amp;Late (arrives now)</source>
        <translation>&amp;Verspätet (kommt jetzt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="196"/>
        <source>Left &amp;early (leaves now)</source>
        <translation>&amp;Früher gegangen (geht jetzt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="197"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="204"/>
        <source>E&amp;xcused</source>
        <translation>A&amp;bgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="205"/>
        <source>&amp;Absent</source>
        <translation>&amp;Ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="202"/>
        <source>&amp;Late · came {time}</source>
        <translation>&amp;Verspätet · kam um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="203"/>
        <source>Left &amp;early · left {time}</source>
        <translation>&amp;Früher gegangen · um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="210"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="211"/>
        <source>One guest fewer</source>
        <translation>Ein Gast weniger</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="214"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="215"/>
        <source>One more guest</source>
        <translation>Ein Gast mehr</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="225"/>
        <source>Guests (not members):</source>
        <translation>Gäste (keine Mitglieder):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="250"/>
        <source>%n here</source>
        <translation>
            <numerusform>%n da</numerusform>
            <numerusform>%n da</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="252"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n verspätet</numerusform>
            <numerusform>%n verspätet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="254"/>
        <source>%n not marked</source>
        <translation>
            <numerusform>%n nicht eingetragen</numerusform>
            <numerusform>%n nicht eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="310"/>
        <source>Letters do not mark attendance: Enter on a member (or M then their number) opens the choice, or click the status.</source>
        <translation>Buchstaben tragen keine Anwesenheit ein: Die Eingabetaste auf einem Mitglied (oder M und dann seine Nummer) öffnet die Auswahl, oder klicken Sie auf den Status.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="61"/>
        <source>Only the &amp;current group</source>
        <translation>Nur die &amp;aktuelle Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Last sessions</source>
        <translation>Letzte Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="70"/>
        <source>Their last attendance marks, oldest on the left</source>
        <translation>Die letzten Anwesenheitseinträge, die ältesten links</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="72"/>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="90"/>
        <source>Double-click a line, or select it and press Enter, to open it.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder wählen Sie sie aus und drücken Sie die Eingabetaste, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="96"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="101"/>
        <source>Their airtime share in recent sessions; letters: attendance.</source>
        <translation>Redeanteil in den letzten Treffen; Buchstaben: Anwesenheit.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="108"/>
        <source>The selected note</source>
        <translation>Die ausgewählte Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="109"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="111"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="112"/>
        <source>The note's follow-up is done; it leaves this list</source>
        <translation>Die Nachverfolgung dieser Notiz ist erledigt; sie verschwindet aus dieser Liste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="152"/>
        <source>Follow-ups</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="214"/>
        <source>Nothing needs following up right now.</source>
        <translation>Im Moment gibt es nichts nachzuverfolgen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="162"/>
        <source>Missed sessions without notice</source>
        <translation>Ohne Abmeldung gefehlt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="163"/>
        <source>Quiet lately</source>
        <translation>In letzter Zeit still</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="166"/>
        <source>Notes to follow up</source>
        <translation>Notizen zum Nachverfolgen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="178"/>
        <source>{section} ({n})</source>
        <translation>{section} ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="188"/>
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="205"/>
        <source>Across your groups: %Ln things to follow up.</source>
        <translation>
            <numerusform>In Ihren Gruppen: %Ln Punkt zum Nachverfolgen.</numerusform>
            <numerusform>In Ihren Gruppen: %Ln Punkte zum Nachverfolgen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="206"/>
        <source>Who to call, who to draw in, what you promised.</source>
        <translation>Wen Sie anrufen, wen Sie einbeziehen, was Sie versprochen haben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="211"/>
        <source>Open the note</source>
        <translation>Notiz öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="213"/>
        <source>Open the member's page (the note is listed there)</source>
        <translation>Seite des Mitglieds öffnen (dort ist die Notiz aufgeführt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="214"/>
        <source>The note is shown on the right</source>
        <translation>Die Notiz wird rechts angezeigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="217"/>
        <source>Open the member's page</source>
        <translation>Seite des Mitglieds öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open member</source>
        <translation>Mitglied ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open note</source>
        <translation>Notiz ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="239"/>
        <source>Follow up by {date}.</source>
        <translation>Nachverfolgen bis {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="243"/>
        <source>&amp;Open their page</source>
        <translation>Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="284"/>
        <source>Follow-up marked as done.</source>
        <translation>Nachverfolgung als erledigt markiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="293"/>
        <source>{alias} missed %Ln sessions in a row without notice</source>
        <translation>
            <numerusform>{alias} hat %Ln Treffen ohne Abmeldung gefehlt</numerusform>
            <numerusform>{alias} hat %Ln Treffen in Folge ohne Abmeldung gefehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="294"/>
        <source>{alias} · %Ln in a row</source>
        <translation>
            <numerusform>{alias} · %Ln in Folge</numerusform>
            <numerusform>{alias} · %Ln in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="297"/>
        <source>{alias} has said little for %Ln sessions in a row</source>
        <translation>
            <numerusform>{alias} hat %Ln Treffen lang wenig gesagt</numerusform>
            <numerusform>{alias} hat %Ln Treffen in Folge wenig gesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="298"/>
        <source>{alias} · %Ln sessions</source>
        <translation>
            <numerusform>{alias} · %Ln Treffen</numerusform>
            <numerusform>{alias} · %Ln Treffen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="303"/>
        <source>{alias}: {note}</source>
        <translation>{alias}: {note}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="49"/>
        <source>ddd d MMM yyyy, {time}</source>
        <extracomment>a date and time in Qt's format codes (ddd = short weekday, d = day, MMM = short month name, yyyy = year); reorder for your language. &quot;{time}&quot; is kept.</extracomment>
        <translation>ddd, d. MMM yyyy, {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="61"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="62"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="63"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="64"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="79"/>
        <source>Backup made. Damaged records found while checking it: %Ln (they are damaged in the workspace too and cannot be read). Everything else was verified and is in the backup.</source>
        <translation>
            <numerusform>Sicherung erstellt. Beim Prüfen wurde %Ln beschädigter Datensatz gefunden (er ist auch im Arbeitsbereich beschädigt und nicht lesbar). Alles andere wurde geprüft und ist in der Sicherung enthalten.</numerusform>
            <numerusform>Sicherung erstellt. Beim Prüfen wurden %Ln beschädigte Datensätze gefunden (sie sind auch im Arbeitsbereich beschädigt und nicht lesbar). Alles andere wurde geprüft und ist in der Sicherung enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="96"/>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="110"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="101"/>
        <source>A verified copy is made when you close the app and once a day while it is open. Backups are encrypted like the workspace and open with the same passphrase.</source>
        <translation>Eine geprüfte Kopie wird beim Schließen der App und einmal täglich während der Nutzung erstellt. Sicherungen sind wie der Arbeitsbereich verschlüsselt und öffnen sich mit derselben Passphrase.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="117"/>
        <source>The computer's clock was changed between backups, so their dates are out of order. The list shows them in the order they were made, newest first.</source>
        <translation>Die Uhr des Computers wurde zwischen zwei Sicherungen verstellt, daher passen die Daten nicht zur Reihenfolge. Die Liste zeigt die Sicherungen in der Reihenfolge ihrer Erstellung, die neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="131"/>
        <source>&amp;Keep the newest</source>
        <translation>Die &amp;neuesten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="136"/>
        <source>backups</source>
        <translation>Sicherungen behalten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="142"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="145"/>
        <source>&amp;Export for another laptop…</source>
        <translation>Für anderen Laptop &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="179"/>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="195"/>
        <source>Backup made and verified.</source>
        <translation>Sicherung erstellt und geprüft.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="218"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="220"/>
        <source>Go back to the backup made {made}?</source>
        <extracomment>{made} is when the backup was made, as the list shows it.</extracomment>
        <translation>Zur Sicherung vom {made} zurückkehren?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="221"/>
        <source>Everything changed since then is replaced. The current state is backed up first, so you can come back to it. You will unlock again afterwards.</source>
        <translation>Alles, was seitdem geändert wurde, wird ersetzt. Der aktuelle Stand wird vorher gesichert, Sie können also zu ihm zurückkehren. Danach entsperren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="225"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="234"/>
        <source>Export the workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="236"/>
        <source>Facilitator workspace (*.fdw)</source>
        <translation>Facilitator-Arbeitsbereich (*.fdw)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="248"/>
        <source>Exported. On the new laptop choose Import… and use the same passphrase.</source>
        <translation>Exportiert. Wählen Sie auf dem neuen Laptop „Importieren…“ und verwenden Sie dieselbe Passphrase.</translation>
    </message>
    <message>
        <source>Go back to the backup made %s?</source>
        <translation type="vanished">Zur Sicherung vom %s zurückkehren?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="50"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="53"/>
        <source>Change your passphrase</source>
        <translation>Ihre Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="54"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="68"/>
        <source>Why are you changing it?</source>
        <translation>Warum ändern Sie sie?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="69"/>
        <source>&amp;Routine change: nobody else knows the old one</source>
        <translation>&amp;Routinewechsel: Niemand sonst kennt die alte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="70"/>
        <source>&amp;Someone may know the old one, or saw it typed</source>
        <translation>&amp;Jemand kennt die alte vielleicht oder hat sie beim Tippen gesehen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="87"/>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="138"/>
        <source>A new workspace key is made and every private detail is re-encrypted, backups included, so a copy of the old key is useless. A recovery key stops working; a new one is shown to print.</source>
        <translation>Ein neuer Schlüssel für den Arbeitsbereich wird erzeugt und alle privaten Angaben werden neu verschlüsselt, Sicherungen eingeschlossen – eine Kopie des alten Schlüssels ist dann nutzlos. Ein Wiederherstellungsschlüssel funktioniert nicht mehr; ein neuer wird zum Ausdrucken angezeigt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="144"/>
        <source>Only the lock on the workspace key changes, in the workspace and in every backup: from now on only the new passphrase opens them.</source>
        <translation>Nur das Schloss am Schlüssel des Arbeitsbereichs ändert sich, im Arbeitsbereich und in allen Sicherungen: Ab jetzt öffnet sie nur noch die neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="167"/>
        <source>That is the passphrase you have now.</source>
        <translation>Das ist Ihre jetzige Passphrase.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="187"/>
        <source>Checking the current passphrase…</source>
        <translation>Aktuelle Passphrase wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="211"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Das ist nicht die aktuelle Passphrase. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="218"/>
        <source>The passphrase could not be changed: {reason}</source>
        <translation>Die Passphrase konnte nicht geändert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="224"/>
        <source>The passphrase could not be changed ({kind}). Nothing was changed.</source>
        <translation>Die Passphrase konnte nicht geändert werden ({kind}). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="39"/>
        <source>No sessions to show.</source>
        <translation>Keine Treffen zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="42"/>
        <source>One session, {date}.</source>
        <translation>Ein Treffen, {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="44"/>
        <source>{count} from {first} to {last}.</source>
        <translation>{count} vom {first} bis {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="53"/>
        <source>Lowest {low} ({low_date}), highest {high} ({high_date}).</source>
        <translation>Niedrigster Wert {low} ({low_date}), höchster {high} ({high_date}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="59"/>
        <source>Latest first: {values}.</source>
        <translation>Neueste zuerst: {values}.</translation>
    </message>
</context>
<context>
    <name>CheckinLine</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="58"/>
        <source>No check-in scores recorded for them yet.</source>
        <translation>Für diese Person sind noch keine Stimmungswerte erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="60"/>
        <source>Check-in score, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Stimmungswert, ein Treffen, {date}: {score} (Skala {low} bis {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="68"/>
        <source>Check-in scores, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Stimmungswerte, {n} Treffen vom {first} bis {last}: zuletzt {latest}, niedrigster {lowest}, höchster {highest} (Skala {low} bis {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="88"/>
        <source>No check-in scores recorded in this group yet.</source>
        <translation>In dieser Gruppe sind noch keine Stimmungswerte erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="90"/>
        <source>Group check-in average, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Durchschnittlicher Stimmungswert der Gruppe, ein Treffen, {date}: {score} (Skala {low} bis {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="100"/>
        <source>Group check-in average, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Durchschnittlicher Stimmungswert der Gruppe, {n} Treffen vom {first} bis {last}: zuletzt {latest}, niedrigster {lowest}, höchster {highest} (Skala {low} bis {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="123"/>
        <source>One score could not be read (damaged) and is left out.</source>
        <translation>Ein Wert konnte nicht gelesen werden (beschädigt) und fehlt hier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="127"/>
        <source>{n} scores could not be read (damaged) and are left out.</source>
        <translation>{n} Werte konnten nicht gelesen werden (beschädigt) und fehlen hier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <source>Check-in average per session</source>
        <translation>Durchschnittlicher Stimmungswert pro Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Check-in scores</source>
        <translation>Stimmungswerte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Group check-in average</source>
        <translation>Stimmungswert der Gruppe (Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="156"/>
        <source>Check-in summary</source>
        <translation>Stimmungswerte im Überblick</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="158"/>
        <source>Dots: the average of the scores said in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Punkte: Durchschnitt der in jedem Treffen genannten Werte; gestrichelte Linie: Durchschnitt der letzten 4. Klicken Sie auf einen Punkt, um das Treffen zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="163"/>
        <source>Dots: their score in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Punkte: der Wert in jedem Treffen; gestrichelte Linie: Durchschnitt der letzten 4. Klicken Sie auf einen Punkt, um das Treffen zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>check-in</source>
        <translation>Anfangsrunde</translation>
    </message>
</context>
<context>
    <name>CheckinScaleEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="53"/>
        <source>Lowest check-in score</source>
        <translation>Niedrigster Stimmungswert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="54"/>
        <source>Highest check-in score</source>
        <translation>Höchster Stimmungswert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="57"/>
        <source>How are you arriving today?</source>
        <translation>Wie kommst du heute an?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="58"/>
        <source>Check-in question</source>
        <translation>Frage der Anfangsrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="62"/>
        <source>Each member rates themselves aloud in the check-in round; S then the number records it. Higher means better. Scores stay private: never on the room display.</source>
        <translation>Jedes Mitglied schätzt sich in der Anfangsrunde laut selbst ein; S und dann die Zahl erfasst den Wert. Höher heißt besser. Die Werte bleiben privat: nie auf der Raumanzeige.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="71"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="72"/>
        <source>ask&amp;ed:</source>
        <translation>&amp;Frage:</translation>
    </message>
</context>
<context>
    <name>CompareStep</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="22"/>
        <source>Compare the safety number</source>
        <translation>Sicherheitsnummer vergleichen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="26"/>
        <source>If a single digit differs, stop: someone may have changed the card on its way. Exchange cards again in person.</source>
        <translation>Wenn auch nur eine Ziffer abweicht, brechen Sie ab: Jemand könnte die Karte unterwegs verändert haben. Tauschen Sie die Karten noch einmal persönlich aus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="34"/>
        <source>&amp;Type the digits you both see:</source>
        <translation>Ziffern &amp;eingeben, die Sie beide sehen:</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="44"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="48"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="85"/>
        <source>That is not the passphrase of this workspace.</source>
        <translation>Das ist nicht die Passphrase dieses Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="74"/>
        <source>The connection failed ({kind}).</source>
        <translation>Die Verbindung ist fehlgeschlagen ({kind}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="77"/>
        <source>Connected: the server answered and accepted the role.</source>
        <translation>Verbunden: Der Server hat geantwortet und die Rolle akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="89"/>
        <source>The server refused the role or the password. Check both with your agency.</source>
        <translation>Der Server hat die Rolle oder das Passwort abgelehnt. Prüfen Sie beides mit Ihrer Einrichtung.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="91"/>
        <source>The server has no database of that name. Check the database's name.</source>
        <translation>Auf dem Server gibt es keine Datenbank mit diesem Namen. Prüfen Sie den Namen der Datenbank.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="93"/>
        <source>The server has no role of that name. Check the role.</source>
        <translation>Auf dem Server gibt es keine Rolle mit diesem Namen. Prüfen Sie die Rolle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="95"/>
        <source>The server offers no verified encrypted (TLS) connection, which is required for every server but this computer. Ask your agency for its certificate set-up.</source>
        <translation>Der Server bietet keine geprüfte verschlüsselte Verbindung (TLS) an; sie ist für jeden Server außer diesem Computer Pflicht. Fragen Sie Ihre Einrichtung nach der Zertifikatseinrichtung.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="100"/>
        <source>Nothing answered in time at that address. Check the address, or the network.</source>
        <translation>Unter dieser Adresse hat nichts rechtzeitig geantwortet. Prüfen Sie die Adresse oder das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="102"/>
        <source>No server of that name was found. Check the address, or the network.</source>
        <translation>Es wurde kein Server mit diesem Namen gefunden. Prüfen Sie die Adresse oder das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="104"/>
        <source>Nothing answers at that address and port. Check both, or the network.</source>
        <translation>Unter dieser Adresse und diesem Port antwortet nichts. Prüfen Sie beides oder das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="105"/>
        <source>The server could not be reached: {detail}</source>
        <translation>Der Server war nicht erreichbar: {detail}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="64"/>
        <source>{alias}: attendance {before} → {after}</source>
        <translation>{alias}: Anwesenheit {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="66"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="77"/>
        <source>turn moved from {before} to {after}</source>
        <translation>Redebeitrag verschoben von {before} auf {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="85"/>
        <source>length {before} → {after}</source>
        <translation>Dauer {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>marked as a pass</source>
        <translation>als Passen markiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>not a pass</source>
        <translation>kein Passen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="93"/>
        <source>A turn: {changes}</source>
        <translation>Ein Redebeitrag: {changes}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="24"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="28"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="32"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="90"/>
        <source>%Ln turns</source>
        <translation>
            <numerusform>%Ln Redebeitrag</numerusform>
            <numerusform>%Ln Redebeiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="94"/>
        <source>%Ln passes</source>
        <translation>
            <numerusform>%Ln× gepasst</numerusform>
            <numerusform>%Ln× gepasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="98"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="102"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="106"/>
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln Gast</numerusform>
            <numerusform>%Ln Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="110"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln anwesend</numerusform>
            <numerusform>%Ln anwesend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="25"/>
        <source>A short report could not be written on this computer (the disk may be full or read-only).</source>
        <translation>Auf diesem Computer konnte kein kurzer Bericht gespeichert werden (der Datenträger ist vielleicht voll oder schreibgeschützt).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="29"/>
        <source>A short report was written on this computer. It records only where in the program the problem happened: no names, notes or other text from your workspace. Nothing is sent anywhere.</source>
        <translation>Auf diesem Computer wurde ein kurzer Bericht gespeichert. Er hält nur fest, an welcher Stelle im Programm das Problem auftrat: keine Namen, Notizen oder andere Texte aus Ihrem Arbeitsbereich. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="49"/>
        <source>Facilitator Desktop could not start: it met a problem it did not expect.</source>
        <translation>Facilitator Desktop konnte nicht starten: Ein unerwartetes Problem ist aufgetreten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="51"/>
        <source>What you saved before is safe. Please try starting it again.</source>
        <translation>Was Sie zuvor gespeichert haben, ist sicher. Bitte versuchen Sie, die App erneut zu starten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="53"/>
        <source>Facilitator Desktop met a problem it did not expect.</source>
        <translation>In Facilitator Desktop ist ein unerwartetes Problem aufgetreten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="54"/>
        <source>What you saved is safe. If something on screen looks wrong, save what you can and restart the app.</source>
        <translation>Was Sie gespeichert haben, ist sicher. Wenn etwas auf dem Bildschirm falsch aussieht, speichern Sie, was möglich ist, und starten Sie die App neu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="63"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="72"/>
        <source>It has happened %Ln times since this message appeared.</source>
        <translation>
            <numerusform>Seit dieser Meldung ist es %Ln Mal passiert.</numerusform>
            <numerusform>Seit dieser Meldung ist es %Ln Mal passiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="63"/>
        <source>Create your workspace</source>
        <translation>Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="65"/>
        <source>Your groups, members and notes stay on this computer, in one workspace encrypted with a passphrase that only you know.</source>
        <translation>Ihre Gruppen, Mitglieder und Notizen bleiben auf diesem Computer – in einem Arbeitsbereich, der mit einer Passphrase verschlüsselt ist, die nur Sie kennen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="90"/>
        <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; If it is forgotten, the workspace cannot be opened and nobody can recover it: there is no reset and no back door.</source>
        <translation>&lt;b&gt;Schreiben Sie Ihre Passphrase auf und bewahren Sie sie sicher auf.&lt;/b&gt; Geht sie verloren, lässt sich der Arbeitsbereich nicht mehr öffnen und niemand kann ihn wiederherstellen: Es gibt kein Zurücksetzen und keine Hintertür.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="103"/>
        <source>Also create a recovery &amp;key now</source>
        <translation>Auch gleich einen Wiederherstellungs&amp;schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="105"/>
        <source>A second key, shown once for you to print, that opens the workspace if the passphrase is forgotten. You can also create it later in Settings.</source>
        <translation>Ein zweiter Schlüssel, einmalig zum Ausdrucken angezeigt, der den Arbeitsbereich öffnet, wenn die Passphrase vergessen wurde. Sie können ihn auch später in den Einstellungen erstellen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="117"/>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="188"/>
        <source>&amp;Create workspace</source>
        <translation>Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="121"/>
        <source>&amp;Import from another laptop…</source>
        <translation>Von anderem Laptop &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="123"/>
        <source>Open a workspace exported with Backups ▸ Export, with its passphrase</source>
        <translation>Einen Arbeitsbereich öffnen, der unter Sicherungen ▸ Exportieren gespeichert wurde (mit seiner Passphrase)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="170"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="179"/>
        <source>The workspace could not be created: {reason}</source>
        <translation>Der Arbeitsbereich konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="205"/>
        <source>Import a workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="207"/>
        <source>Facilitator workspace (*.fdw *.db);;All files (*)</source>
        <translation>Facilitator-Arbeitsbereich (*.fdw *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DefaultAgenda</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="28"/>
        <source>Check-in</source>
        <translation>Anfangsrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="29"/>
        <source>Discussion</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="30"/>
        <source>Check-out</source>
        <translation>Abschlussrunde</translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="36"/>
        <source>It leaves History for good, with everything recorded in it:</source>
        <translation>Es verschwindet endgültig aus dem Verlauf, mit allem, was darin erfasst wurde:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="37"/>
        <source>attendance of %Ln members</source>
        <translation>
            <numerusform>die Anwesenheit von %Ln Mitglied</numerusform>
            <numerusform>die Anwesenheit von %Ln Mitgliedern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="38"/>
        <source>%Ln turns and passes, and the session's timeline</source>
        <translation>
            <numerusform>%Ln Redebeitrag (oder Passen) und die Zeitleiste des Treffens</numerusform>
            <numerusform>%Ln Redebeiträge und Passen sowie die Zeitleiste des Treffens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="39"/>
        <source>planned and actual times of %Ln segments</source>
        <translation>
            <numerusform>geplante und tatsächliche Zeiten von %Ln Abschnitt</numerusform>
            <numerusform>geplante und tatsächliche Zeiten von %Ln Abschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="42"/>
        <source>%Ln corrections made afterwards</source>
        <translation>
            <numerusform>%Ln nachträgliche Korrektur</numerusform>
            <numerusform>%Ln nachträgliche Korrekturen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="43"/>
        <source>Follow-ups, insights and members' pages are counted again without it.</source>
        <translation>Nachverfolgung, Auswertungen und Mitgliederseiten werden ohne dieses Treffen neu berechnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="46"/>
        <source>Its %Ln notes are kept, with their group and members, no longer linked to a session, unless you tick the box below.</source>
        <translation>
            <numerusform>Seine %Ln Notiz bleibt erhalten, mit Gruppe und Mitgliedern, aber nicht mehr mit einem Treffen verknüpft – es sei denn, Sie setzen unten das Häkchen.</numerusform>
            <numerusform>Seine %Ln Notizen bleiben erhalten, mit Gruppe und Mitgliedern, aber nicht mehr mit einem Treffen verknüpft – es sei denn, Sie setzen unten das Häkchen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="53"/>
        <source>No notes were written in it.</source>
        <translation>Darin wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="54"/>
        <source>Backups made before now still hold it until newer backups replace them.</source>
        <translation>Bisherige Sicherungen enthalten es weiterhin, bis neuere sie ersetzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="59"/>
        <source>Also delete its %Ln notes</source>
        <translation>
            <numerusform>Auch seine %Ln Notiz löschen</numerusform>
            <numerusform>Auch seine %Ln Notizen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="61"/>
        <source>(%Ln are open follow-ups)</source>
        <translation>
            <numerusform>(%Ln davon ist noch nachzuverfolgen)</numerusform>
            <numerusform>(%Ln davon sind noch nachzuverfolgen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="70"/>
        <source>Delete session</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="72"/>
        <source>Delete the session of {date}, {time}?</source>
        <translation>Das Treffen vom {date}, {time} löschen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="82"/>
        <source>&amp;Delete session</source>
        <translation>Treffen &amp;löschen</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="92"/>
        <source>Erase member</source>
        <translation>Mitglied löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="96"/>
        <source>Erase {alias} for good?</source>
        <translation>{alias} endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="101"/>
        <source>Type the alias to confirm</source>
        <translation>Zur Bestätigung den Rufnamen eingeben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="106"/>
        <source>Type “{alias}” to confirm:</source>
        <translation>Geben Sie zur Bestätigung „{alias}“ ein:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="113"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="136"/>
        <source>their alias, full name, contact and remarks;</source>
        <translation>Rufname, vollständiger Name, Kontakt und Bemerkungen;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="137"/>
        <source>their attendance and speaking turns in every session;</source>
        <translation>Anwesenheit und Redebeiträge in allen Treffen;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="140"/>
        <source>the %Ln notes that are only about them.</source>
        <translation>
            <numerusform>die %Ln Notiz, die nur diese Person betrifft.</numerusform>
            <numerusform>die %Ln Notizen, die nur diese Person betreffen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="141"/>
        <source>all of this in every backup in the data folder, too.</source>
        <translation>all das auch in jeder Sicherung im Datenordner.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="142"/>
        <source>&lt;p&gt;This removes, for good:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Damit wird endgültig entfernt:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="145"/>
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</source>
        <translation>
            <numerusform>Die %Ln Notiz, die auch andere Mitglieder betrifft, bleibt erhalten: {alias} wird von ihr gelöst. Rufname, Name und Kontaktdaten werden überall in den Notizen der Gruppe, in jeder Schreibweise, durch „[former member]“ ersetzt.</numerusform>
            <numerusform>Die %Ln Notizen, die auch andere Mitglieder betreffen, bleiben erhalten: {alias} wird von ihnen gelöst. Rufname, Name und Kontaktdaten werden überall in den Notizen der Gruppe, in jeder Schreibweise, durch „[former member]“ ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="153"/>
        <source>&lt;p&gt;&lt;b&gt;What stays, out of the app's reach:&lt;/b&gt; member records, CSV files, session summaries and copies for another laptop already exported, and anything printed. Ask for those back or destroy them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was bleibt, außerhalb der Reichweite der App:&lt;/b&gt; bereits exportierte Mitgliedsdaten, CSV-Dateien, Zusammenfassungen von Treffen und Kopien für einen anderen Laptop sowie alles Gedruckte. Fordern Sie diese zurück oder vernichten Sie sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="158"/>
        <source>&lt;p&gt;This cannot be undone. To give them a copy of their record first, cancel and use &lt;i&gt;Export member record…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das kann nicht rückgängig gemacht werden. Um der Person vorher eine Kopie ihrer Daten zu geben, brechen Sie ab und verwenden Sie &lt;i&gt;Mitgliedsdaten exportieren…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “{marker}” wherever they appear in the group's notes, in any spelling.</source>
        <translation type="vanished">
            <numerusform>Die %Ln Notiz, die auch andere Mitglieder betrifft, bleibt erhalten: {alias} wird von ihr gelöst. Rufname, Name und Kontaktdaten werden überall in den Notizen der Gruppe, in jeder Schreibweise, durch „{marker}“ ersetzt.</numerusform>
            <numerusform>Die %Ln Notizen, die auch andere Mitglieder betreffen, bleiben erhalten: {alias} wird von ihnen gelöst. Rufname, Name und Kontaktdaten werden überall in den Notizen der Gruppe, in jeder Schreibweise, durch „{marker}“ ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="206"/>
        <source>{name} has {items} items; {count} answers were given.</source>
        <translation>{name} hat {items} Fragen, es wurden aber {count} Antworten gegeben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="233"/>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="246"/>
        <source>The total</source>
        <translation>Der Gesamtwert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="248"/>
        <source>Item {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="251"/>
        <location filename="../../facilitator_desktop/domain/measures.py" line="253"/>
        <source>{what} must be a number.</source>
        <translation>{what} muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a number with one decimal</source>
        <translation>eine Zahl mit einer Nachkommastelle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="260"/>
        <source>{what} must be {step}.</source>
        <translation>{what} muss {step} sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="265"/>
        <source>{what} must be from {low} to {high}.</source>
        <translation>{what} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="307"/>
        <source>The standard deviation must be above 0.</source>
        <translation>Die Standardabweichung muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="309"/>
        <source>The reliability must be from 0 to below 1.</source>
        <translation>Die Reliabilität muss mindestens 0 und kleiner als 1 sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="333"/>
        <source>Give the measure a name, for example ORS.</source>
        <translation>Geben Sie dem Fragebogen einen Namen, z. B. ORS.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="336"/>
        <location filename="../../facilitator_desktop/domain/validation.py" line="64"/>
        <source>Keep the name to {limit} characters or fewer.</source>
        <translation>Der Name darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="339"/>
        <source>Answers are whole numbers or tenths.</source>
        <translation>Antworten sind ganze Zahlen oder Zehntel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="341"/>
        <source>A measure has 1 to {limit} items.</source>
        <translation>Ein Fragebogen hat 1 bis {limit} Fragen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="346"/>
        <source>An item's range is whole numbers from {low} to {high}.</source>
        <translation>Die Antworten einer Frage sind ganze Zahlen von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="351"/>
        <source>The highest answer must be above the lowest.</source>
        <translation>Die höchste Antwort muss größer als die niedrigste sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="366"/>
        <source>The reliable change must be a number.</source>
        <translation>Die reliable Veränderung muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="370"/>
        <source>The reliable change must be above 0 and at most {span} (the whole range of the total).</source>
        <translation>Die reliable Veränderung muss größer als 0 und höchstens {span} sein (die ganze Spanne des Gesamtwerts).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="395"/>
        <source>Use {limit} bands or fewer.</source>
        <translation>Höchstens {limit} Bereiche.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="401"/>
        <source>Band {position} needs a name, for example “mild”.</source>
        <translation>Bereich {position} braucht einen Namen, z. B. „leicht“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="406"/>
        <source>Keep band {position}'s name to {limit} characters or fewer.</source>
        <translation>Der Name von Bereich {position} darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="410"/>
        <source>Each end of band {position}</source>
        <translation>Jede Grenze von Bereich {position}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="418"/>
        <source>Band {position} ends before it starts.</source>
        <translation>Bereich {position} endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="426"/>
        <source>The bands “{earlier}” and “{later}” overlap.</source>
        <translation>Die Bereiche „{earlier}“ und „{later}“ überschneiden sich.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="61"/>
        <source>Give the group a name.</source>
        <translation>Geben Sie der Gruppe einen Namen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="67"/>
        <source>Write the time as HH:MM, for example 18:30.</source>
        <translation>Geben Sie die Uhrzeit als HH:MM ein, z. B. 18:30.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="69"/>
        <source>A session lasts between 10 and 480 minutes.</source>
        <translation>Ein Treffen dauert zwischen 10 und 480 Minuten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="71"/>
        <source>The speaker limit is 1 to 60 minutes.</source>
        <translation>Der Redezeit-Richtwert liegt zwischen 1 und 60 Minuten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="75"/>
        <source>Segment {position} needs a name.</source>
        <translation>Abschnitt {position} braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="79"/>
        <source>Segment {position} needs 1 to 480 minutes.</source>
        <translation>Abschnitt {position} braucht 1 bis 480 Minuten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="83"/>
        <source>Segment {position} must be a round or open.</source>
        <translation>Abschnitt {position} muss eine Runde oder ein offenes Gespräch sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="90"/>
        <source>An alias is required: the first name the room sees.</source>
        <translation>Ein Rufname ist nötig: der Vorname, den die Gruppe sieht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="93"/>
        <source>Keep the alias to {limit} characters or fewer.</source>
        <translation>Der Rufname darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="100"/>
        <source>Give the card a short title.</source>
        <translation>Geben Sie der Karte einen kurzen Titel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="104"/>
        <source>Titles are at most {limit} characters (this one has {length}).</source>
        <translation>Titel haben höchstens {limit} Zeichen (dieser hat {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="109"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Schreiben Sie die Regel als einen einfachen Satz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="113"/>
        <source>Keep the statement under {limit} characters.</source>
        <translation>Halten Sie die Aussage unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="119"/>
        <source>Keep the reason under {limit} characters: it prints under the rule.</source>
        <translation>Halten Sie die Begründung unter {limit} Zeichen: Sie wird unter die Regel gedruckt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="70"/>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="84"/>
        <source>There is no workspace in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="88"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Diese Passphrase entsperrt den Arbeitsbereich nicht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="92"/>
        <source>This workspace is damaged and cannot be opened. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Dieser Arbeitsbereich ist beschädigt und kann nicht geöffnet werden. Auf dem Datenträger wurde nichts geändert. Stellen Sie eine Sicherung wieder her oder lassen Sie den Ordner unverändert und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="99"/>
        <source>The part of this workspace that your passphrase opens is damaged. Your recovery key still opens it: choose “Use recovery key”. Nothing has been changed on disk.</source>
        <translation>Der Teil des Arbeitsbereichs, den Ihre Passphrase öffnet, ist beschädigt. Ihr Wiederherstellungsschlüssel öffnet ihn noch: Wählen Sie „Wiederherstellungsschlüssel verwenden“. Auf dem Datenträger wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="106"/>
        <source>This workspace was saved by a newer version of Facilitator Desktop. Please update the app to open it; nothing has been changed.</source>
        <translation>Dieser Arbeitsbereich wurde mit einer neueren Version von Facilitator Desktop gespeichert. Bitte aktualisieren Sie die App, um ihn zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="113"/>
        <source>A workspace already exists in this folder.</source>
        <translation>In diesem Ordner gibt es bereits einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="122"/>
        <source>This file cannot be imported. Nothing has been changed.</source>
        <translation>Diese Datei kann nicht importiert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="129"/>
        <source>This file cannot be imported: {reason} Nothing has been changed.</source>
        <translation>Diese Datei kann nicht importiert werden: {reason} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="137"/>
        <source>That recovery key does not unlock this workspace. Check each group of four.</source>
        <translation>Dieser Wiederherstellungsschlüssel entsperrt den Arbeitsbereich nicht. Prüfen Sie jede Vierergruppe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="143"/>
        <source>This workspace is already open in another copy of the app.</source>
        <translation>Dieser Arbeitsbereich ist bereits in einer anderen Instanz der App geöffnet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="147"/>
        <source>The workspace could not be saved because of a problem with the disk. What you see is kept in memory; please do not close the app yet.</source>
        <translation>Der Arbeitsbereich konnte wegen eines Problems mit dem Datenträger nicht gespeichert werden. Was Sie sehen, bleibt im Arbeitsspeicher erhalten; bitte schließen Sie die App noch nicht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="154"/>
        <source>The disk is full, so the last change could not be saved. Free some space (nothing shown has been lost) and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte die letzte Änderung nicht gespeichert werden. Geben Sie Speicherplatz frei (nichts Angezeigtes ist verloren) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="161"/>
        <source>The data folder is read-only, so nothing can be saved there. Choose a folder you can write to, or change its permissions.</source>
        <translation>Der Datenordner ist schreibgeschützt, daher kann dort nichts gespeichert werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder ändern Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="171"/>
        <source>The disk holding the workspace has become read-only, so the last change could not be saved. What you see is kept in memory: do not close the app yet, and check the disk (a loose cable, a memory stick's lock switch).</source>
        <translation>Der Datenträger mit dem Arbeitsbereich ist schreibgeschützt geworden, daher konnte die letzte Änderung nicht gespeichert werden. Was Sie sehen, bleibt im Arbeitsspeicher erhalten: Schließen Sie die App noch nicht und prüfen Sie den Datenträger (ein lockeres Kabel, der Schreibschutzschalter eines USB-Sticks).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="180"/>
        <source>The workspace key is being changed, so this could not be saved yet. What you see is kept and saved in a moment.</source>
        <translation>Der Schlüssel des Arbeitsbereichs wird gerade geändert, daher konnte dies noch nicht gespeichert werden. Was Sie sehen, bleibt erhalten und wird gleich gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="187"/>
        <source>The workspace is locked. Unlock it to see private details.</source>
        <translation>Der Arbeitsbereich ist gesperrt. Entsperren Sie ihn, um private Angaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="195"/>
        <source>This record is damaged and cannot be shown.</source>
        <translation>Dieser Datensatz ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="200"/>
        <source>This record is damaged and cannot be changed. Everything else is fine; a backup may hold an intact copy.</source>
        <translation>Dieser Datensatz ist beschädigt und kann nicht geändert werden. Alles andere ist in Ordnung; eine Sicherung enthält vielleicht eine intakte Kopie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="210"/>
        <source>Another member's record is damaged, so their names cannot be looked for and removed from this export. Nothing has been exported.</source>
        <translation>Der Datensatz eines anderen Mitglieds ist beschädigt, daher können dessen Namen in diesem Export nicht gesucht und entfernt werden. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="217"/>
        <source>That item no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="79"/>
        <source>This workspace could not be brought up to date for this version of Facilitator Desktop. It has been left exactly as it was, and a backup was made first. Please keep the folder as it is and ask for help.</source>
        <translation>Dieser Arbeitsbereich konnte nicht auf den Stand dieser Version von Facilitator Desktop gebracht werden. Er ist genau so geblieben, wie er war, und vorher wurde eine Sicherung erstellt. Bitte lassen Sie den Ordner unverändert und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="89"/>
        <source>The disk is full, so this workspace could not be brought up to date for this version of Facilitator Desktop. Nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Der Datenträger ist voll, daher konnte dieser Arbeitsbereich nicht auf den Stand dieser Version von Facilitator Desktop gebracht werden. Es wurde nichts geändert. Geben Sie Speicherplatz frei und entsperren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="99"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The backup could not be written or did not pass its check, so nothing has been changed and your earlier backups are untouched.</source>
        <translation>Diese Version von Facilitator Desktop bringt den Arbeitsbereich auf den neuesten Stand und erstellt vorher eine Sicherung. Die Sicherung konnte nicht geschrieben werden oder hat die Prüfung nicht bestanden, daher wurde nichts geändert; Ihre bisherigen Sicherungen sind unberührt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="104"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The disk is full, so the backup could not be written and nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Diese Version von Facilitator Desktop bringt den Arbeitsbereich auf den neuesten Stand und erstellt vorher eine Sicherung. Der Datenträger ist voll, daher konnte die Sicherung nicht geschrieben werden und es wurde nichts geändert. Geben Sie Speicherplatz frei und entsperren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/rehearsal.py" line="40"/>
        <source>A rehearsal keeps nothing: there is nothing to back up or export.</source>
        <translation>Ein Probelauf speichert nichts: Es gibt nichts zu sichern oder zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="33"/>
        <source>That member or rule set no longer exists.</source>
        <translation>Dieses Mitglied oder diese Version der Gruppenregeln existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="35"/>
        <source>That rule set belongs to another group.</source>
        <translation>Diese Version der Gruppenregeln gehört zu einer anderen Gruppe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="56"/>
        <source>The backup could not be written or did not pass its check. Your earlier backups are untouched.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden oder hat die Prüfung nicht bestanden. Ihre bisherigen Sicherungen sind unberührt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="169"/>
        <source>The backup copy failed SQLite's integrity check.</source>
        <translation>Die Sicherungskopie hat die Integritätsprüfung von SQLite nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="173"/>
        <source>The backup copy does not hold this workspace's vault.</source>
        <translation>Die Sicherungskopie enthält nicht den Schlüsseltresor dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="177"/>
        <source>The backup copy's vault is damaged.</source>
        <translation>Der Schlüsseltresor der Sicherungskopie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="186"/>
        <source>The backup copy cannot be read back.</source>
        <translation>Die Sicherungskopie kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="40"/>
        <source>A check-in scale goes in whole numbers.</source>
        <translation>Die Skala der Anfangsrunde hat nur ganze Zahlen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="44"/>
        <source>A check-in scale goes up, from {lowest} at the lowest to {highest} at the highest (for example 0 to 10, or 1 to 5).</source>
        <translation>Die Skala der Anfangsrunde geht aufwärts, von {lowest} als niedrigstem bis {highest} als höchstem Wert (z. B. 0 bis 10 oder 1 bis 5).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="53"/>
        <source>The check-in question is one line.</source>
        <translation>Die Frage der Anfangsrunde ist nur eine Zeile lang.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="57"/>
        <source>The check-in question is at most {limit} characters (it has {length}).</source>
        <translation>Die Frage der Anfangsrunde darf höchstens {limit} Zeichen lang sein (sie hat {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="68"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Ein Stimmungswert geht in dieser Gruppe von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="65"/>
        <source>The workspace key is being changed, so the score could not be recorded. Enter it again in a moment.</source>
        <translation>Der Schlüssel des Arbeitsbereichs wird gerade geändert, daher konnte der Stimmungswert nicht erfasst werden. Geben Sie ihn gleich noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="252"/>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="386"/>
        <location filename="../../facilitator_desktop/services/groups.py" line="200"/>
        <location filename="../../facilitator_desktop/services/members.py" line="103"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="254"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="322"/>
        <location filename="../../facilitator_desktop/services/rules.py" line="134"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="106"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="191"/>
        <source>That group no longer exists.</source>
        <translation>Diese Gruppe existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="257"/>
        <source>Check-in scores already recorded in this group go from {low} to {high}: the scale must include them.</source>
        <translation>In dieser Gruppe erfasste Stimmungswerte reichen von {low} bis {high}: Die Skala muss sie einschließen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="299"/>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="56"/>
        <location filename="../../facilitator_desktop/services/session_summary.py" line="123"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="174"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="218"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="253"/>
        <source>That session no longer exists.</source>
        <translation>Dieses Treffen existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="302"/>
        <source>That member is not part of this session's group.</source>
        <translation>Dieses Mitglied gehört nicht zur Gruppe dieses Treffens.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="336"/>
        <location filename="../../facilitator_desktop/services/erasure.py" line="179"/>
        <location filename="../../facilitator_desktop/services/measures.py" line="257"/>
        <location filename="../../facilitator_desktop/services/measures.py" line="341"/>
        <location filename="../../facilitator_desktop/services/member_record.py" line="98"/>
        <location filename="../../facilitator_desktop/services/members.py" line="90"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="56"/>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="372"/>
        <source>That member no longer exists.</source>
        <translation>Dieses Mitglied existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="27"/>
        <source>Unknown attendance status.</source>
        <translation>Unbekannter Anwesenheitsstatus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="50"/>
        <source>That turn no longer exists.</source>
        <translation>Dieser Redebeitrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="57"/>
        <source>A pass has no length: mark the turn as spoken to give it one.</source>
        <translation>Ein Passen hat keine Dauer: markieren Sie den Redebeitrag als gesprochen, um ihm eine zu geben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="65"/>
        <source>A turn cannot last less than zero seconds.</source>
        <translation>Ein Redebeitrag kann nicht kürzer als null Sekunden sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="125"/>
        <source>Only finished sessions can be corrected.</source>
        <translation>Nur beendete Treffen können korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/erasure.py" line="168"/>
        <source>This member's record is damaged, so the names to remove from notes cannot be read. Nothing has been erased.</source>
        <translation>Der Datensatz dieses Mitglieds ist beschädigt, daher können die aus den Notizen zu entfernenden Namen nicht gelesen werden. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="170"/>
        <source>Choose a day of the week, Monday to Sunday.</source>
        <translation>Wählen Sie einen Wochentag von Montag bis Sonntag.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="172"/>
        <source>Choose one of the listed languages for the handouts.</source>
        <translation>Wählen Sie eine der aufgeführten Sprachen für die Handouts.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/handout_data.py" line="45"/>
        <source>This group has no ground rules yet. Add cards on the Rules page first.</source>
        <translation>Diese Gruppe hat noch keine Gruppenregeln. Fügen Sie zuerst auf der Seite „Regeln“ Karten hinzu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="61"/>
        <source>The last action could not be saved (is the disk full?). It is kept in memory and will be saved with the next one; please do not close the app yet.</source>
        <translation>Die letzte Aktion konnte nicht gespeichert werden (ist der Datenträger voll?). Sie bleibt im Arbeitsspeicher und wird mit der nächsten gespeichert; bitte schließen Sie die App noch nicht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="278"/>
        <location filename="../../facilitator_desktop/services/live_session.py" line="297"/>
        <source>That member is not part of this session.</source>
        <translation>Dieses Mitglied gehört nicht zu diesem Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="382"/>
        <source>{why} The session goes on; it is kept in memory.</source>
        <translation>{why} Das Treffen läuft weiter; es bleibt im Arbeitsspeicher erhalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="127"/>
        <source>That measure no longer exists.</source>
        <translation>Dieser Fragebogen existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="157"/>
        <source>{name} is scored as published and cannot be changed.</source>
        <translation>{name} wird wie veröffentlicht ausgewertet und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="167"/>
        <source>{name} already has entries, so its number of items and their range stay as they are. Define a new measure for another form.</source>
        <translation>Für {name} gibt es schon Einträge, daher bleiben die Zahl der Fragen und ihre Spanne unverändert. Legen Sie für eine andere Form einen neuen Fragebogen an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="188"/>
        <source>There is already a measure called “{name}”.</source>
        <translation>Es gibt bereits einen Fragebogen namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="242"/>
        <source>{name} is archived. Bring it back in Measures to use it.</source>
        <translation>{name} ist archiviert. Holen Sie ihn unter „Fragebögen“ zurück, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="248"/>
        <source>Give the date the form was filled in.</source>
        <translation>Geben Sie das Datum an, an dem der Bogen ausgefüllt wurde.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="250"/>
        <source>The date cannot be after today.</source>
        <translation>Das Datum darf nicht nach heute liegen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="252"/>
        <source>The date is too far in the past.</source>
        <translation>Das Datum liegt zu weit zurück.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="263"/>
        <source>That session is not one of their group's.</source>
        <translation>Dieses Treffen gehört nicht zu ihrer Gruppe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="309"/>
        <source>That measure entry no longer exists.</source>
        <translation>Dieser Fragebogen-Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="217"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="222"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="251"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this export. Nothing has been exported. Restore a backup that holds an intact copy, or erase the damaged member, then export again.</source>
        <translation>Ein Mitglied von „{group}“ hat einen beschädigten Datensatz, daher können dessen Namen in diesem Export nicht gesucht und entfernt werden. Es wurde nichts exportiert. Stellen Sie eine Sicherung mit einer intakten Kopie wieder her oder löschen Sie das beschädigte Mitglied und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="152"/>
        <source>A member in that order is not in this group.</source>
        <translation>Ein Mitglied in dieser Reihenfolge gehört nicht zu dieser Gruppe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="173"/>
        <source>“{alias}” is already in this group. Add an initial to tell them apart.</source>
        <translation>„{alias}“ ist bereits in dieser Gruppe. Fügen Sie einen Anfangsbuchstaben hinzu, um beide zu unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="120"/>
        <source>The built-in templates stay. You can change their sections, or put them back as shipped.</source>
        <translation>Die mitgelieferten Vorlagen bleiben. Sie können ihre Rubriken ändern oder sie auf den Auslieferungszustand zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="128"/>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="130"/>
        <source>Keep the name to {limit} characters.</source>
        <translation>Der Name darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="133"/>
        <source>A template needs at least one section.</source>
        <translation>Eine Vorlage braucht mindestens eine Rubrik.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="136"/>
        <source>A template has at most {limit} sections.</source>
        <translation>Eine Vorlage hat höchstens {limit} Rubriken.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="141"/>
        <source>Section {number} needs a title.</source>
        <translation>Rubrik {number} braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="145"/>
        <source>Keep the title of section {number} to {limit} characters.</source>
        <translation>Der Titel von Rubrik {number} darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="152"/>
        <source>Keep the guidance of section {number} to {limit} characters.</source>
        <translation>Der Hinweis zu Rubrik {number} darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="159"/>
        <source>Two sections are called “{title}”: give each its own title.</source>
        <translation>Zwei Rubriken heißen „{title}“: Geben Sie jeder einen eigenen Titel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="228"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="236"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="282"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="294"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="309"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="324"/>
        <source>That template no longer exists.</source>
        <translation>Diese Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="297"/>
        <source>Only a built-in template can be put back as shipped.</source>
        <translation>Nur eine mitgelieferte Vorlage kann auf den Auslieferungszustand zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="336"/>
        <source>There is already a template called “{name}”.</source>
        <translation>Es gibt bereits eine Vorlage namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="192"/>
        <location filename="../../facilitator_desktop/services/notes.py" line="203"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="310"/>
        <source>That note no longer exists.</source>
        <translation>Diese Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="361"/>
        <source>A member linked to this note no longer exists.</source>
        <translation>Ein mit dieser Notiz verknüpftes Mitglied existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rehearsal.py" line="100"/>
        <source>A rehearsal runs in real time, 10× or 60× faster.</source>
        <translation>Ein Probelauf läuft in Echtzeit, 10- oder 60-mal schneller.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="115"/>
        <source>That rule set version no longer exists.</source>
        <translation>Diese Version der Gruppenregeln existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="127"/>
        <source>Card {index}: {problem}</source>
        <extracomment>{problem} is what is wrong with the card, a whole sentence.</extracomment>
        <translation>Karte {index}: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="35"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="156"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="161"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this copy. Nothing has been made. Restore a backup that holds an intact copy, or erase the damaged member, then try again.</source>
        <translation>Ein Mitglied von „{group}“ hat einen beschädigten Datensatz, daher können dessen Namen in dieser Kopie nicht gesucht und entfernt werden. Es wurde nichts erstellt. Stellen Sie eine Sicherung mit einer intakten Kopie wieder her oder löschen Sie das beschädigte Mitglied und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="98"/>
        <source>A chosen session is not one of this member's.</source>
        <translation>Ein gewähltes Treffen gehört nicht zu diesem Mitglied.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="50"/>
        <source>This session is still running. Its note can be written once it ends.</source>
        <translation>Dieses Treffen läuft noch. Das Protokoll kann geschrieben werden, sobald es beendet ist.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="73"/>
        <source>This session note is signed and can no longer change. Add a dated addendum instead.</source>
        <translation>Dieses Protokoll ist signiert und kann nicht mehr geändert werden. Fügen Sie stattdessen einen datierten Nachtrag hinzu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="163"/>
        <source>That template no longer exists. Nothing was saved.</source>
        <translation>Diese Vorlage existiert nicht mehr. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="185"/>
        <source>This note is damaged and cannot be signed. A backup may hold an intact copy.</source>
        <translation>Dieses Protokoll ist beschädigt und kann nicht signiert werden. Eine Sicherung enthält vielleicht eine intakte Kopie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="199"/>
        <source>Write the addendum first.</source>
        <translation>Schreiben Sie zuerst den Nachtrag.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="206"/>
        <source>Addenda are for signed notes. While a note is not signed, change it directly.</source>
        <translation>Nachträge gibt es nur für signierte Protokolle. Solange ein Protokoll nicht signiert ist, ändern Sie es direkt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="374"/>
        <source>That member is not in this session's group.</source>
        <translation>Dieses Mitglied gehört nicht zur Gruppe dieses Treffens.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="381"/>
        <source>A text this long cannot be kept (over {limit} characters). Nothing was saved; shorten it and it is saved again.</source>
        <translation>Ein so langer Text kann nicht gespeichert werden (über {limit} Zeichen). Es wurde nichts gespeichert; kürzen Sie ihn, dann wird er wieder gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="42"/>
        <source>A session of this group is already running. Resume it or end it first.</source>
        <translation>Ein Treffen dieser Gruppe läuft bereits. Setzen Sie es fort oder beenden Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="116"/>
        <source>Give the group at least one agenda segment first.</source>
        <translation>Geben Sie der Gruppe zuerst mindestens einen Abschnitt im Ablauf.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="176"/>
        <source>That session has already ended.</source>
        <translation>Dieses Treffen ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="234"/>
        <source>That session is still running: end it (or discard it) on the Session page first.</source>
        <translation>Dieses Treffen läuft noch: Beenden (oder verwerfen) Sie es zuerst auf der Seite „Treffen“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="46"/>
        <source>Choose 0 (off) to 240 minutes.</source>
        <translation>Wählen Sie 0 (aus) bis 240 Minuten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="49"/>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Behalten Sie 1 bis 100 Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="55"/>
        <source>Choose 1 to 6 absences in a row.</source>
        <translation>Wählen Sie 1 bis 6 Abwesenheiten in Folge.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="86"/>
        <source>Choose 1 to 60 days.</source>
        <translation>Wählen Sie 1 bis 60 Tage.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="94"/>
        <source>Sharing could not do that.</source>
        <translation>Das ist beim Teilen nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="172"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="187"/>
        <source>That is this laptop's own card.</source>
        <translation>Das ist die eigene Karte dieses Laptops.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="211"/>
        <source>This group is not shared from this laptop any more.</source>
        <translation>Diese Gruppe wird von diesem Laptop aus nicht mehr geteilt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="214"/>
        <source>That laptop was removed from this group; it cannot be added back.</source>
        <translation>Dieser Laptop wurde aus dieser Gruppe entfernt; er kann nicht wieder hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="232"/>
        <source>That invitation comes from this laptop.</source>
        <translation>Diese Einladung stammt von diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="276"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="299"/>
        <source>That group is not shared.</source>
        <translation>Diese Gruppe ist nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="279"/>
        <source>That co-facilitator is not in this group.</source>
        <translation>Diese Co-Leitung gehört nicht zu dieser Gruppe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="318"/>
        <source>Only a note of a shared group can be shared with co-facilitators.</source>
        <translation>Nur eine Notiz einer geteilten Gruppe kann mit der Co-Leitung geteilt werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="344"/>
        <source>Give the server's name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="346"/>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535 (meist 5432).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="348"/>
        <source>Give the database's name (63 characters at most).</source>
        <translation>Geben Sie den Namen der Datenbank an (höchstens 63 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="350"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Geben Sie die Rolle (den Benutzernamen) für die Anmeldung an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="352"/>
        <source>These settings cannot hold a null character.</source>
        <translation>Diese Einstellungen dürfen kein Nullzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="428"/>
        <source>That conflict is already resolved.</source>
        <translation>Dieser Konflikt ist bereits gelöst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="62"/>
        <source>That is not a co-facilitator's card. Paste it whole.</source>
        <translation>Das ist keine Karte einer Co-Leitung. Fügen Sie sie vollständig ein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="66"/>
        <source>That card is damaged. Ask for it again.</source>
        <translation>Diese Karte ist beschädigt. Bitten Sie erneut darum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="74"/>
        <source>That is not an invitation to a shared group. Paste it whole.</source>
        <translation>Das ist keine Einladung zu einer geteilten Gruppe. Fügen Sie sie vollständig ein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="86"/>
        <source>The safety numbers differ: do not share. Someone may have changed the card on its way; ask for it again in person.</source>
        <translation>Die Sicherheitsnummern stimmen nicht überein: Nicht teilen. Jemand könnte die Karte unterwegs verändert haben; bitten Sie persönlich erneut darum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_state.py" line="92"/>
        <source>That key is not held here.</source>
        <translation>Dieser Schlüssel liegt nicht auf diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="110"/>
        <source>This workspace has no recovery key.</source>
        <translation>Dieser Arbeitsbereich hat keinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="114"/>
        <source>The recovery key's part of this workspace is damaged, so it cannot open it. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Der Teil des Arbeitsbereichs für den Wiederherstellungsschlüssel ist beschädigt, daher kann der Schlüssel ihn nicht öffnen. Auf dem Datenträger wurde nichts geändert. Stellen Sie eine Sicherung wieder her oder lassen Sie den Ordner unverändert und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="373"/>
        <source>Band {n}: write where it starts and ends as numbers.</source>
        <translation>Bereich {n}: Geben Sie Anfang und Ende als Zahlen ein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="375"/>
        <source>The workspace file cannot be read ({reason}).</source>
        <translation>Die Datei des Arbeitsbereichs kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="416"/>
        <location filename="../../facilitator_desktop/workspace.py" line="418"/>
        <source>Part of this workspace file is damaged (SQLite's check found damaged pages), so it cannot be opened safely. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Ein Teil der Datei des Arbeitsbereichs ist beschädigt (die Prüfung von SQLite hat beschädigte Seiten gefunden), daher kann sie nicht sicher geöffnet werden. Auf dem Datenträger wurde nichts geändert. Stellen Sie eine Sicherung wieder her oder lassen Sie den Ordner unverändert und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="73"/>
        <source>it could not be written into the data folder ({reason}).</source>
        <translation>Die Datei konnte nicht in den Datenordner geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="74"/>
        <source>it cannot be read ({reason}).</source>
        <translation>Die Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="131"/>
        <source>it is not an ordinary file.</source>
        <translation>Es ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="134"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="148"/>
        <source>it is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="136"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="145"/>
        <source>it is far larger than any workspace (over 2 GiB).</source>
        <translation>Die Datei ist weit größer als jeder Arbeitsbereich (über 2 GiB).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="170"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="189"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="191"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="310"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="318"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="320"/>
        <source>it is damaged (it failed SQLite's integrity check).</source>
        <translation>Die Datei ist beschädigt (sie hat die Integritätsprüfung von SQLite nicht bestanden).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="177"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="182"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="204"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="215"/>
        <source>it is not a workspace exported by Facilitator Desktop.</source>
        <translation>Es ist kein von Facilitator Desktop exportierter Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="179"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="187"/>
        <source>its structure is not one Facilitator Desktop ever wrote (extra or missing tables, indexes, triggers or views), so it may have been altered.</source>
        <translation>Der Aufbau der Datei stammt nicht von Facilitator Desktop (zusätzliche oder fehlende Tabellen, Indizes, Trigger oder Views), sie wurde also möglicherweise verändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="208"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="210"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="213"/>
        <source>it is incomplete or damaged (it may have been cut short while copying).</source>
        <translation>Die Datei ist unvollständig oder beschädigt (vielleicht wurde das Kopieren abgebrochen).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="289"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="308"/>
        <source>the key that unlocks it (its vault) is damaged.</source>
        <translation>Der Schlüssel, der die Datei entsperrt (ihr Schlüsseltresor), ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="312"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="317"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="422"/>
        <source>there is not enough free disk space beside the data folder to check and copy it.</source>
        <translation>Neben dem Datenordner ist nicht genug Speicherplatz frei, um die Datei zu prüfen und zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="314"/>
        <source>a problem with the disk</source>
        <translation>ein Problem mit dem Datenträger</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="352"/>
        <source>some of its records refer to records that are not there.</source>
        <translation>Einige Datensätze darin verweisen auf Datensätze, die nicht vorhanden sind.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>airtime</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="53"/>
        <source>Export {what}</source>
        <translation>{what} exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="54"/>
        <source>The file will hold members' names in plain text.</source>
        <translation>Die Datei enthält die Namen der Mitglieder im Klartext.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="55"/>
        <source>Anyone who opens it can read who came to the group and when. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Wer sie öffnet, kann lesen, wer wann in der Gruppe war. Speichern Sie sie nur dort, wo andere sie nicht sehen, und löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="105"/>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="64"/>
        <source>Export {what} as CSV</source>
        <translation>{what} als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="141"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="98"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="148"/>
        <source>Session summary</source>
        <translation>Zusammenfassung des Treffens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="99"/>
        <source>The summary shows members' names.</source>
        <translation>Die Zusammenfassung zeigt die Namen der Mitglieder.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="101"/>
        <source>Print it for yourself and keep the paper and the file somewhere private.</source>
        <translation>Drucken Sie sie nur für sich aus und bewahren Sie Papier und Datei an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="103"/>
        <source>Include my private notes</source>
        <translation>Meine privaten Notizen einbeziehen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="115"/>
        <source>Save the session summary</source>
        <translation>Zusammenfassung des Treffens speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="192"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="193"/>
        <source>The session summary could not be made ({error}). Nothing was saved. Try the Handouts screen, or another paper size.</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden ({error}). Es wurde nichts gespeichert. Versuchen Sie es über die Seite „Handouts“ oder mit einem anderen Papierformat.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>The file could not be saved: {why}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {why}</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="72"/>
        <source>Save the member record</source>
        <translation>Mitgliedsdaten speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="74"/>
        <source>Member record (*.json)</source>
        <translation>Mitgliedsdaten (*.json)</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="147"/>
        <source>Export member record</source>
        <translation>Mitgliedsdaten exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="149"/>
        <source>Review what {alias} will receive</source>
        <translation>Prüfen Sie, was {alias} erhält</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="152"/>
        <source>The file holds their private details — full name, contact, remarks, attendance, speaking turns and the notes about them — unencrypted. Give it only to {alias}, keep it somewhere safe, and delete your copy once it has been handed over.</source>
        <translation>Die Datei enthält die privaten Angaben – vollständiger Name, Kontakt, Bemerkungen, Anwesenheit, Redebeiträge und die Notizen zu dieser Person – unverschlüsselt. Geben Sie sie nur {alias}, bewahren Sie sie sicher auf und löschen Sie Ihre Kopie nach der Übergabe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="163"/>
        <source>Text shown in reverse is replaced in the file: other members’ names, phone numbers and e-mail addresses by “{other}”, what you mark by “{hand}”. Select anything else that should not leave and press Redact selection.</source>
        <translation>Invertiert dargestellter Text wird in der Datei ersetzt: Namen anderer Mitglieder, Telefonnummern und E-Mail-Adressen durch „{other}“, von Ihnen Markiertes durch „{hand}“. Markieren Sie alles andere, was nicht hinausgehen soll, und klicken Sie auf „Auswahl schwärzen“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="179"/>
        <source>The member record as it will be exported</source>
        <translation>Die Mitgliedsdaten, wie sie exportiert werden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="184"/>
        <source>&amp;Redact selection</source>
        <translation>&amp;Auswahl schwärzen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="185"/>
        <source>Replace the selected text in the file (Delete)</source>
        <translation>Ausgewählten Text in der Datei ersetzen (Entf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="187"/>
        <source>&amp;Undo redaction</source>
        <translation>Schwärzung &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="188"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="282"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="288"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="290"/>
        <source>Alias</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="291"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="292"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="293"/>
        <source>Private remarks</source>
        <translation>Private Bemerkungen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="295"/>
        <source>{field}: </source>
        <translation>{field}: </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="297"/>
        <source>Notes ({n})</source>
        <translation>Notizen ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="300"/>
        <source>Written {date}</source>
        <translation>Geschrieben am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="304"/>
        <source>This note is damaged and cannot be read; the file says so.</source>
        <translation>Diese Notiz ist beschädigt und kann nicht gelesen werden; die Datei vermerkt das.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="308"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="310"/>
        <source>{attendance} and {turns}: dates, statuses and durations only.</source>
        <translation>{attendance} und {turns}: nur Daten, Status und Dauer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="311"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln Anwesenheitseintrag</numerusform>
            <numerusform>%Ln Anwesenheitseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="312"/>
        <source>%Ln speaking turns</source>
        <translation>
            <numerusform>%Ln Redebeitrag</numerusform>
            <numerusform>%Ln Redebeiträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="320"/>
        <source>{auto} ({members} looked for), {hand}.</source>
        <translation>{auto} ({members} gesucht), {hand}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="321"/>
        <source>%Ln redactions found by the app</source>
        <translation>
            <numerusform>%Ln Schwärzung von der App gefunden</numerusform>
            <numerusform>%Ln Schwärzungen von der App gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="322"/>
        <source>%Ln other members</source>
        <translation>
            <numerusform>%Ln anderes Mitglied</numerusform>
            <numerusform>%Ln andere Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="323"/>
        <source>%Ln marked by you</source>
        <translation>
            <numerusform>%Ln von Ihnen markiert</numerusform>
            <numerusform>%Ln von Ihnen markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="339"/>
        <source>Replaced by “{text}” in the file</source>
        <translation>In der Datei ersetzt durch „{text}“</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="392"/>
        <source>Select words in the record (not the headings) to redact.</source>
        <translation>Markieren Sie Wörter in den Daten (nicht die Überschriften), um sie zu schwärzen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="425"/>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="431"/>
        <source>Member record exported. It is not encrypted: keep it safe.</source>
        <translation>Mitgliedsdaten exportiert. Die Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf.</translation>
    </message>
</context>
<context>
    <name>FacilitatorApp</name>
    <message>
        <location filename="../../facilitator_desktop/ui/lifecycle.py" line="59"/>
        <source>Demo workspace — sample data, passphrase: {passphrase}; deleted when you quit.</source>
        <translation>Demo-Arbeitsbereich – Beispieldaten, Passphrase: {passphrase}; wird beim Beenden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="22"/>
        <source>your quick note</source>
        <translation>Ihre Schnellnotiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="25"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="26"/>
        <source>Quit without saving {what}?</source>
        <translation>Beenden, ohne {what} zu speichern?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="29"/>
        <source>Unlock to save your changes, or quit and lose them.</source>
        <translation>Entsperren Sie, um Ihre Änderungen zu speichern – oder beenden Sie, dann gehen sie verloren.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="32"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Beenden ohne Speichern</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="28"/>
        <source>What the session recorded</source>
        <translation>Was im Treffen erfasst wurde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="46"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="47"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="48"/>
        <source>Excused</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="49"/>
        <source>Absent without notice</source>
        <translation>Ohne Abmeldung gefehlt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="50"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="51"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="54"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
</context>
<context>
    <name>GroundRulesOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="53"/>
        <source>A short line under the title</source>
        <translation>Eine kurze Zeile unter dem Titel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="57"/>
        <source>Clear the welcome line</source>
        <translation>Willkommenszeile leeren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="58"/>
        <source>&amp;Acknowledgement to sign</source>
        <translation>&amp;Erklärung zum Unterschreiben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="60"/>
        <source>A sentence to sign under the rules, with name, signature and date lines</source>
        <translation>Ein Satz unter den Regeln zum Unterschreiben, mit Zeilen für Name, Unterschrift und Datum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="64"/>
        <source>Name on the acknowledgement</source>
        <translation>Name in der Erklärung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="68"/>
        <source>Welcome &amp;line:</source>
        <translation>&amp;Willkommenszeile:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="70"/>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="73"/>
        <source>Print one copy per member with their name filled in, or a blank line.</source>
        <translation>Ein Exemplar pro Mitglied mit eingetragenem Namen drucken – oder mit einer leeren Zeile.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="97"/>
        <source>Blank line to fill in</source>
        <translation>Leere Zeile zum Ausfüllen</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/groups.py" line="49"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="18"/>
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="19"/>
        <source>Current group</source>
        <translation>Aktuelle Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="24"/>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="26"/>
        <source>Show ar&amp;chived</source>
        <translation>Ar&amp;chivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="27"/>
        <source>List archived groups too</source>
        <translation>Auch archivierte Gruppen auflisten</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="60"/>
        <source>Each group has its own schedule, members, ground rules and agenda.</source>
        <translation>Jede Gruppe hat ihren eigenen Termin, ihre Mitglieder, Gruppenregeln und ihren Ablauf.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="258"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="70"/>
        <source>New grou&amp;p</source>
        <translation>Neue Gru&amp;ppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="71"/>
        <source>Start a new group (Ctrl+N)</source>
        <translation>Eine neue Gruppe anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="85"/>
        <source>e.g. Tuesday Grief Circle</source>
        <translation>z. B. Trauergruppe am Dienstag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="89"/>
        <source>Who the group is for (optional)</source>
        <translation>Für wen die Gruppe gedacht ist (optional)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="92"/>
        <source>No fixed day</source>
        <translation>Kein fester Tag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="97"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="100"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="105"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="112"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="116"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="121"/>
        <source>A quiet colour cue when someone speaks longer than this.</source>
        <translation>Ein dezenter Farbhinweis, wenn jemand länger spricht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="129"/>
        <source>The app's language</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="132"/>
        <source>Language of the group's handouts</source>
        <translation>Sprache der Handouts der Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="137"/>
        <source>Handouts, rule cards from the library and the room display.</source>
        <translation>Handouts, Regelkarten aus der Bibliothek und die Raumanzeige.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="158"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="160"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="161"/>
        <source>Meets &amp;on:</source>
        <translation>Trifft sich a&amp;m:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="163"/>
        <source>Session &amp;length:</source>
        <translation>Dauer des &amp;Treffens:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="165"/>
        <source>Spea&amp;ker soft limit:</source>
        <translation>&amp;Redezeit-Richtwert:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="167"/>
        <source>&amp;Handouts in:</source>
        <translation>Handout-Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="170"/>
        <source>Session no&amp;tes:</source>
        <translation>Pr&amp;otokolle:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="173"/>
        <source>Check-&amp;in score:</source>
        <translation>Stimmungs&amp;wert:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="175"/>
        <source>Default &amp;agenda:</source>
        <translation>Standardab&amp;lauf:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="360"/>
        <source>&amp;Save group</source>
        <translation>Gruppe &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="199"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="201"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="357"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Archi&amp;ve group…</source>
        <translation>Gruppe archi&amp;vieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="220"/>
        <source>Group details</source>
        <translation>Angaben zur Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="319"/>
        <source>This group's record is damaged, so it cannot be changed. Its members, rules and history are kept, and the other groups are fine.</source>
        <translation>Der Eintrag dieser Gruppe ist beschädigt und kann nicht geändert werden. Ihre Mitglieder, Regeln und ihr Verlauf bleiben erhalten, die anderen Gruppen sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="326"/>
        <source>The description is damaged and cannot be shown. Saving the group replaces it with what you type.</source>
        <translation>Die Beschreibung ist beschädigt und kann nicht angezeigt werden. Beim Speichern der Gruppe wird sie durch Ihre Eingabe ersetzt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>Create your first group</source>
        <translation>Erste Gruppe anlegen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="355"/>
        <source>&amp;Save new group</source>
        <translation>Neue Gruppe &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Unarchi&amp;ve group</source>
        <translation>Archi&amp;vierung aufheben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="371"/>
        <source>Agenda total: {total} of %Ln minutes</source>
        <translation>
            <numerusform>Ablauf gesamt: {total} von %Ln Minute</numerusform>
            <numerusform>Ablauf gesamt: {total} von %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="376"/>
        <source> — longer than the session</source>
        <translation> – länger als das Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="412"/>
        <source>Archive group</source>
        <translation>Gruppe archivieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="413"/>
        <source>Archive “{name}”?</source>
        <translation>„{name}“ archivieren?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="414"/>
        <source>The group leaves the lists, but nothing is deleted: its members, ground rules and history are kept. Tick “Show archived” to find it again and unarchive it at any time.</source>
        <translation>Die Gruppe verschwindet aus den Listen, aber nichts wird gelöscht: Mitglieder, Gruppenregeln und Verlauf bleiben erhalten. Mit „Archivierte anzeigen“ finden Sie sie jederzeit wieder und können die Archivierung aufheben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="419"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="104"/>
        <source>the new group</source>
        <translation>die neue Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="105"/>
        <source>this group</source>
        <translation>diese Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="207"/>
        <source>Group unarchived.</source>
        <translation>Archivierung aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="209"/>
        <source>Group archived. Its members, rules and history are kept.</source>
        <translation>Gruppe archiviert. Mitglieder, Regeln und Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group created.</source>
        <translation>Gruppe angelegt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group saved.</source>
        <translation>Gruppe gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Check-in score:</source>
        <translation type="vanished">Stimmungs&amp;wert:</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="40"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="52"/>
        <source>Ground rules</source>
        <translation>Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="191"/>
        <source>Rule cards</source>
        <translation>Regelkarten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="42"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="192"/>
        <source>Sign-in sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="193"/>
        <source>Session summary</source>
        <translation>Zusammenfassung des Treffens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="44"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="47"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="48"/>
        <source>Facilitator</source>
        <translation>Gruppenleitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="49"/>
        <source>Confidential: please return to the facilitator</source>
        <translation>Vertraulich: bitte an die Gruppenleitung zurückgeben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="50"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="61"/>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="51"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="52"/>
        <source>Rule set version {version} of {date}</source>
        <translation>Gruppenregeln, Version {version} vom {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="53"/>
        <source>I have read the ground rules of {group} (version {version}) and agree to keep them.</source>
        <translation>Ich habe die Gruppenregeln von {group} (Version {version}) gelesen und halte mich daran.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="56"/>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="57"/>
        <source>fold</source>
        <translation>falten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="58"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="59"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="60"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="61"/>
        <source>Agenda: planned and actual</source>
        <translation>Ablauf: geplant und tatsächlich</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="62"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="63"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="64"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="65"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="66"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="67"/>
        <source>not held</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="43"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="70"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="71"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="47"/>
        <source>Airtime</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="73"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="74"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="75"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="45"/>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="46"/>
        <source>Passes</source>
        <translation>Gepasst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="77"/>
        <source>Average turn</source>
        <translation>Ø Beitrag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="78"/>
        <source>No turns were recorded.</source>
        <translation>Es wurden keine Redebeiträge erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="79"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="80"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="81"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="82"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="83"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="84"/>
        <source>Left early</source>
        <translation>Früher gegangen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="85"/>
        <source>Excused</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="86"/>
        <source>Absent</source>
        <translation>Ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="87"/>
        <source>arrived {time} in</source>
        <translation>kam nach {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="88"/>
        <source>left {time} in</source>
        <translation>ging nach {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="103"/>
        <source>{day} {month} {year}</source>
        <extracomment>{day}, {month} and {year} are filled in; reorder them as your language writes a date (&quot;{month} {day}, {year}&quot;).</extracomment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="202"/>
        <source>ground-rules</source>
        <translation>gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="203"/>
        <source>rule-cards</source>
        <translation>regelkarten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="204"/>
        <source>sign-in-sheet</source>
        <translation>anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="205"/>
        <source>session-summary</source>
        <translation>zusammenfassung-treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="29"/>
        <source>Progress entry</source>
        <translation>Verlaufseintrag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="30"/>
        <source>Progress entry: {name}</source>
        <translation>Verlaufseintrag: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="31"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="32"/>
        <source>Session of {date}, {start}–{end}</source>
        <translation>Treffen vom {date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="33"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="34"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} von {planned} geplant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="35"/>
        <source>Members present</source>
        <translation>Anwesende Mitglieder</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="36"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="37"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="38"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="39"/>
        <source>Group note</source>
        <translation>Gruppenprotokoll</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="40"/>
        <source>No session note was written.</source>
        <translation>Es wurde kein Protokoll geschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="41"/>
        <source>Addendum of {date}</source>
        <translation>Nachtrag vom {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="42"/>
        <source>This member</source>
        <translation>Dieses Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="44"/>
        <source>{status}, {start}–{end}</source>
        <translation>{status}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="48"/>
        <source>{time} ({share} of the time spoken)</source>
        <translation>{time} ({share} der gesamten Redezeit)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="49"/>
        <source>Check-in</source>
        <translation>Anfangsrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="50"/>
        <source>{score} on a scale of {low} to {high}</source>
        <translation>{score} auf einer Skala von {low} bis {high}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="51"/>
        <source>Measures that day</source>
        <translation>Fragebögen an diesem Tag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="53"/>
        <source>Acknowledged version {version} (in force)</source>
        <translation>Version {version} unterschrieben (gültig)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="54"/>
        <source>Acknowledged version {version}; version {current} in force</source>
        <translation>Version {version} unterschrieben; gültig ist Version {current}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="55"/>
        <source>Not acknowledged; version {current} in force</source>
        <translation>Nicht unterschrieben; gültig ist Version {current}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="56"/>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="57"/>
        <source>No lines written for this member.</source>
        <translation>Für dieses Mitglied wurden keine Zeilen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="58"/>
        <source>Signed on {date}</source>
        <translation>Signiert am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="59"/>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="60"/>
        <source>No session in this period.</source>
        <translation>Kein Treffen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="62"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="63"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="64"/>
        <source>left early</source>
        <translation>früher gegangen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="65"/>
        <source>excused</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="66"/>
        <source>absent</source>
        <translation>ohne Abmeldung</translation>
    </message>
</context>
<context>
    <name>HandoutProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="152"/>
        <source>Rule {number} is too long to print at a readable size on a card. Shorten it, or leave out its “why”.</source>
        <translation>Regel {number} ist zu lang, um gut lesbar auf eine Karte gedruckt zu werden. Kürzen Sie sie oder lassen Sie ihr „Warum“ weg.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="157"/>
        <source>Rule {number} is too long for {per_page} cards per page at a readable size. Choose {fewer} cards per page, or shorten the rule.</source>
        <translation>Regel {number} ist für {per_page} Karten pro Seite zu lang, um gut lesbar zu sein. Wählen Sie {fewer} Karten pro Seite oder kürzen Sie die Regel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="163"/>
        <source>the group's name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="164"/>
        <source>rule {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="165"/>
        <source>a member's name</source>
        <translation>Name eines Mitglieds</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="166"/>
        <source>the welcome line</source>
        <translation>Willkommenszeile</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="167"/>
        <source>your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="168"/>
        <source>the support line</source>
        <translation>Hilfsangebot</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="169"/>
        <source>the session's title</source>
        <translation>Titel des Treffens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="170"/>
        <source>the agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="171"/>
        <source>note {number}</source>
        <translation>Notiz {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="172"/>
        <source>the handout's labels</source>
        <translation>Beschriftungen des Handouts</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="173"/>
        <source>the handout</source>
        <translation>Handout</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="179"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="180"/>
        <source>%n character(s) in {where} cannot be printed and will show as □: {chars}.</source>
        <translation>
            <numerusform>{where}: %n Zeichen kann nicht gedruckt werden und erscheint als □: {chars}.</numerusform>
            <numerusform>{where}: %n Zeichen können nicht gedruckt werden und erscheinen als □: {chars}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutSidePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="60"/>
        <source>Handout options</source>
        <translation>Optionen für das Handout</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="62"/>
        <source>Save handout as PDF</source>
        <translation>Handout als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="82"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="83"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="88"/>
        <source>Saved {file}.</source>
        <translation>{file} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="107"/>
        <source>Print handout</source>
        <translation>Handout drucken</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="119"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="120"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er angeschlossen und eingeschaltet ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="123"/>
        <source>Sent %Ln pages to the printer.</source>
        <translation>
            <numerusform>%Ln Seite an den Drucker gesendet.</numerusform>
            <numerusform>%Ln Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="142"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Seite {n} von {total} wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="161"/>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="170"/>
        <source>Open in PDF viewer</source>
        <translation>Im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="162"/>
        <source>The copy for the viewer could not be written: {reason}</source>
        <translation>Die Kopie für den Betrachter konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="171"/>
        <source>No PDF viewer is set up on this computer. Use Save as PDF… instead.</source>
        <translation>Auf diesem Computer ist kein PDF-Betrachter eingerichtet. Verwenden Sie stattdessen „Als PDF speichern…“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="176"/>
        <source>Opened a copy in your PDF viewer; it is deleted when you lock or quit.</source>
        <translation>Eine Kopie wurde in Ihrem PDF-Betrachter geöffnet; sie wird beim Sperren oder Beenden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="60"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="61"/>
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Das Handout als PDF-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="62"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="63"/>
        <source>Print with the system print dialog (Ctrl+P)</source>
        <translation>Mit dem Druckdialog des Systems drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="64"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>Im PDF-&amp;Betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="66"/>
        <source>Open a copy in your usual PDF viewer. The copy is kept in a private temporary folder and deleted when you lock or quit.</source>
        <translation>Eine Kopie in Ihrem gewohnten PDF-Betrachter öffnen. Die Kopie liegt in einem privaten temporären Ordner und wird beim Sperren oder Beenden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="90"/>
        <source>Create a group on the Groups page first; its handouts are printed here.</source>
        <translation>Legen Sie zuerst auf der Seite „Gruppen“ eine Gruppe an; ihre Handouts werden hier gedruckt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="129"/>
        <source>Handouts</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="264"/>
        <source>Printouts for {group}</source>
        <translation>Ausdrucke für {group}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="90"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="161"/>
        <source>Welcome. These are the agreements that keep this group a safe place for everyone.</source>
        <translation>Willkommen! Diese Vereinbarungen sorgen dafür, dass unsere Gruppe für alle ein geschützter Ort bleibt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="169"/>
        <source>The saved welcome line is damaged and cannot be shown. Type a new one to replace it.</source>
        <translation>Die gespeicherte Willkommenszeile ist beschädigt und kann nicht angezeigt werden. Geben Sie eine neue ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="256"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="258"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln anwesend</numerusform>
            <numerusform>%Ln anwesend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="279"/>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="301"/>
        <source>No finished sessions yet. A session's summary can be printed here once it has ended.</source>
        <translation>Noch keine beendeten Treffen. Die Zusammenfassung eines Treffens kann hier gedruckt werden, sobald es beendet ist.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="361"/>
        <source>The handout could not be built ({error}). Try other options.</source>
        <translation>Das Handout konnte nicht erstellt werden ({error}). Versuchen Sie andere Optionen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="93"/>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="98"/>
        <source>Groun&amp;d rules</source>
        <translation>&amp;Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="99"/>
        <source>&amp;Rule cards</source>
        <translation>&amp;Regelkarten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="100"/>
        <source>S&amp;ign-in sheet</source>
        <translation>&amp;Anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="101"/>
        <source>Session summar&amp;y</source>
        <translation>&amp;Zusammenfassung des Treffens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="104"/>
        <source>The group's rules on one page, to read and sign</source>
        <translation>Die Regeln der Gruppe auf einer Seite, zum Lesen und Unterschreiben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="105"/>
        <source>One rule per card in large type, to cut or fold</source>
        <translation>Eine Regel pro Karte in großer Schrift, zum Ausschneiden oder Falten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="106"/>
        <source>Members in seat order with a signature column</source>
        <translation>Mitglieder nach Sitzordnung, mit einer Spalte für die Unterschrift</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="107"/>
        <source>A finished session, for your records</source>
        <translation>Ein beendetes Treffen, für Ihre Unterlagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="119"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="121"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="122"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="124"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="129"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="130"/>
        <source>&amp;Large print (14 pt text)</source>
        <translation>Gr&amp;oße Schrift (14 pt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="132"/>
        <source>Bigger type for members who find small print hard to read</source>
        <translation>Größere Schrift für Mitglieder, die kleine Schrift schlecht lesen können</translation>
    </message>
</context>
<context>
    <name>HeldNotes</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="68"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="70"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="72"/>
        <source>the workspace key was being changed</source>
        <translation>der Schlüssel des Arbeitsbereichs wurde gerade geändert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="74"/>
        <source>a problem with the disk</source>
        <translation>ein Problem mit dem Datenträger</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="75"/>
        <source>it could not be written</source>
        <translation>sie konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="80"/>
        <source>Your note could not be saved ({why}); it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Ihre Notiz konnte nicht gespeichert werden ({why}); sie bleibt verschlüsselt erhalten und wird beim Entsperren gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="87"/>
        <source>The note kept while the workspace was locked has been saved.</source>
        <translation>Die während der Sperre aufbewahrte Notiz wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="91"/>
        <source>Your note is still not saved ({why}). It is back in the editor and is saved as soon as the disk takes it; please do not close the app until then.</source>
        <translation>Ihre Notiz ist noch immer nicht gespeichert ({why}). Sie ist wieder im Editor und wird gespeichert, sobald der Datenträger es zulässt; bitte schließen Sie die App bis dahin nicht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="98"/>
        <source>The note kept while the workspace was locked could not be opened again, so it could not be saved.</source>
        <translation>Die während der Sperre aufbewahrte Notiz konnte nicht wieder geöffnet und daher nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="107"/>
        <source>Your quick note could not be saved; it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Ihre Schnellnotiz konnte nicht gespeichert werden; sie bleibt verschlüsselt erhalten und wird beim Entsperren gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="111"/>
        <source>The quick note you were typing is kept, encrypted, and comes back when you unlock.</source>
        <translation>Die Schnellnotiz, die Sie gerade geschrieben haben, bleibt verschlüsselt erhalten und ist nach dem Entsperren wieder da.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="116"/>
        <source>Still not saved · Enter tries again</source>
        <translation>Noch nicht gespeichert · Eingabetaste versucht es erneut</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="55"/>
        <source>P</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="56"/>
        <source>L</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="57"/>
        <source>LE</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="58"/>
        <source>E</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="59"/>
        <source>A</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="76"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="77"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="78"/>
        <source>left early</source>
        <translation>früher gegangen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="69"/>
        <source>excused</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="70"/>
        <source>no notice</source>
        <translation>ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="71"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="81"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="79"/>
        <source>excused (told ahead)</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="80"/>
        <source>absent without notice</source>
        <translation>ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="146"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="67"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="71"/>
        <source>Attendance as CSV…</source>
        <translation>Anwesenheit als CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="73"/>
        <source>Airtime per member as CSV…</source>
        <translation>Redezeit pro Mitglied als CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="75"/>
        <source>This session's summary as PDF…</source>
        <translation>Zusammenfassung dieses Treffens als PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="94"/>
        <source>Past sessions, newest first</source>
        <translation>Vergangene Treffen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="114"/>
        <source>&amp;Delete session…</source>
        <translation>Treffen &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="116"/>
        <source>Delete the selected session and everything recorded in it (Delete)</source>
        <translation>Das ausgewählte Treffen mit allem, was darin erfasst ist, löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="174"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="152"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="153"/>
        <source>Group &amp;insights</source>
        <translation>Gruppen&amp;auswertung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="154"/>
        <source>&amp;Member</source>
        <translation>&amp;Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="158"/>
        <source>Create a group on the Groups page; its past sessions are listed here.</source>
        <translation>Legen Sie auf der Seite „Gruppen“ eine Gruppe an; ihre vergangenen Treffen werden hier aufgelistet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="320"/>
        <source>No finished sessions in this period.</source>
        <translation>Keine beendeten Treffen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="322"/>
        <source>No finished sessions yet. They appear here after the first one.</source>
        <translation>Noch keine beendeten Treffen. Sie erscheinen hier nach dem ersten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="325"/>
        <source>Newest first; scroll down for older sessions.</source>
        <translation>Neueste zuerst; für ältere Treffen nach unten scrollen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="331"/>
        <source>{group} · how the sessions went</source>
        <translation>{group} · wie die Treffen liefen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="444"/>
        <source>Session deleted with its notes.</source>
        <translation>Treffen mit seinen Notizen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="446"/>
        <source>Session deleted.</source>
        <translation>Treffen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="30"/>
        <source>All sessions</source>
        <translation>Alle Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="31"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="32"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="33"/>
        <source>Between dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="35"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="28"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="29"/>
        <source>&amp;End it now</source>
        <translation>&amp;Jetzt beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="43"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="49"/>
        <source>Rehe&amp;arse…</source>
        <translation>&amp;Probelauf…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="52"/>
        <source>Practise a session on invented members, in real time or faster; nothing is kept</source>
        <translation>Ein Treffen mit erfundenen Mitgliedern üben, in Echtzeit oder schneller; nichts wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="58"/>
        <source>Opening the session starts nothing yet: mark attendance and adjust the agenda as people arrive, then press Space when the group begins.</source>
        <translation>Das Öffnen des Treffens startet noch nichts: Tragen Sie die Anwesenheit ein und passen Sie den Ablauf an, während alle ankommen. Drücken Sie die Leertaste, wenn die Gruppe beginnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="92"/>
        <source>No group yet</source>
        <translation>Noch keine Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="93"/>
        <source>Create a group on the Groups page first.</source>
        <translation>Legen Sie zuerst auf der Seite „Gruppen“ eine Gruppe an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="96"/>
        <source>Open a session</source>
        <translation>Treffen öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="103"/>
        <source>Meets today at {time}</source>
        <translation>Trifft sich heute um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="105"/>
        <source>Meets today</source>
        <translation>Trifft sich heute</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="107"/>
        <source>Open today's session  (Space)</source>
        <translation>Heutiges Treffen öffnen  (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="109"/>
        <source>Not a scheduled day: this will be an extra session.</source>
        <translation>Kein regulärer Tag: Dies wird ein zusätzliches Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="110"/>
        <source>Open a session now  (Space)</source>
        <translation>Treffen jetzt öffnen  (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="115"/>
        <source>{name} · {minutes} min · {kind}</source>
        <translation>{name} · {minutes} Min. · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>open discussion</source>
        <translation>offenes Gespräch</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="122"/>
        <source>Total {minutes} min</source>
        <translation>Insgesamt {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="82"/>
        <source>Import a workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="47"/>
        <source>Enter the passphrase this workspace had on the other laptop. The file is checked in full before anything is installed here.</source>
        <translation>Geben Sie die Passphrase ein, die dieser Arbeitsbereich auf dem anderen Laptop hatte. Die Datei wird vollständig geprüft, bevor hier etwas eingerichtet wird.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="55"/>
        <source>File: {name}</source>
        <translation>Datei: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="58"/>
        <source>Passphrase of the imported workspace</source>
        <translation>Passphrase des importierten Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="64"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="69"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="127"/>
        <source>&amp;Import and open</source>
        <translation>&amp;Importieren und öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="102"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="110"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Diese Passphrase entsperrt den Arbeitsbereich nicht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="119"/>
        <source>The file could not be imported: {reason}</source>
        <translation>Die Datei konnte nicht importiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="102"/>
        <source>Attendance, last %Ln sessions</source>
        <translation>
            <numerusform>Anwesenheit, letztes Treffen</numerusform>
            <numerusform>Anwesenheit, letzte %Ln Treffen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="104"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="308"/>
        <source>No finished sessions yet.</source>
        <translation>Noch keine beendeten Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="108"/>
        <source>Attendance over the weeks</source>
        <translation>Anwesenheit über die Wochen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="118"/>
        <source>Click a name or a date to open it.</source>
        <translation>Zum Öffnen Name oder Datum anklicken.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="131"/>
        <source>How evenly the airtime is shared</source>
        <translation>Wie gleichmäßig die Redezeit verteilt ist</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="133"/>
        <source>Top speaker's share</source>
        <translation>Größter Redeanteil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="134"/>
        <source>Gini coefficient</source>
        <translation>Gini-Koeffizient</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="136"/>
        <source>&amp;Show:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="143"/>
        <source>No airtime recorded yet.</source>
        <translation>Noch keine Redezeit erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="151"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="163"/>
        <source>Segments that run long</source>
        <translation>Abschnitte, die überziehen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>On average</source>
        <translation>Im Schnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Ran over</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="158"/>
        <source>Share that ran over</source>
        <translation>Anteil überzogener Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="196"/>
        <source>Group insights</source>
        <translation>Auswertung der Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="275"/>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="279"/>
        <source>0 = everyone present spoke equally; towards 1 = one or two voices took most of the time. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>0 = alle Anwesenden haben gleich viel gesprochen; gegen 1 = eine oder zwei Stimmen hatten den Großteil der Zeit. Punkte: Treffen; gestrichelte Linie: Durchschnitt der letzten 4.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="287"/>
        <source>top speaker</source>
        <translation>größter Anteil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="291"/>
        <source>The share of the airtime taken by whoever spoke most. Lower is more even. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>Der Anteil an der Redezeit, den die Person hatte, die am meisten sprach. Niedriger ist ausgewogener. Punkte: Treffen; gestrichelte Linie: Durchschnitt der letzten 4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="301"/>
        <source>Over the last %Ln sessions. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</source>
        <translation>
            <numerusform>Beim letzten Treffen. Mehr als eine Minute über Plan gilt als überzogen; ⚠ = in mindestens der Hälfte der Treffen.</numerusform>
            <numerusform>In den letzten %Ln Treffen. Mehr als eine Minute über Plan gilt als überzogen; ⚠ = in mindestens der Hälfte der Treffen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="315"/>
        <source>{n} of {m}</source>
        <translation>{n} von {m}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="322"/>
        <source>Runs long in at least half of the sessions.</source>
        <translation>Überzieht in mindestens der Hälfte der Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="330"/>
        <source>{share} of the sessions ran over</source>
        <translation>{share} der Treffen überzogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="335"/>
        <source>{n} of {m}, runs long in at least half</source>
        <translation>{n} von {m}, in mindestens der Hälfte überzogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="342"/>
        <source>On average {delta} against the plan; {over} over when it ran long.</source>
        <translation>Im Schnitt {delta} gegenüber dem Plan; {over} darüber, wenn er überzog.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="354"/>
        <source>Runs long in at least half of the sessions: {segments}.</source>
        <translation>In mindestens der Hälfte der Treffen überzogen: {segments}.</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="71"/>
        <source>Measures</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="73"/>
        <source>&amp;New measure</source>
        <translation>Neuer &amp;Fragebogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="85"/>
        <source>For example ORS</source>
        <translation>Zum Beispiel ORS</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="90"/>
        <source>Lowest answer</source>
        <translation>Niedrigste Antwort</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="93"/>
        <source>Highest answer</source>
        <translation>Höchste Antwort</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="96"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="100"/>
        <source>Answers in &amp;tenths (marks on a 10 cm line, as on ORS and SRS)</source>
        <translation>Antworten in &amp;Zehnteln (Markierungen auf einer 10-cm-Linie, wie bei ORS und SRS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="103"/>
        <source>Higher totals are worse</source>
        <translation>Höhere Werte sind schlechter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="104"/>
        <source>Higher totals are better</source>
        <translation>Höhere Werte sind besser</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="110"/>
        <source>Bands</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="116"/>
        <source>Add &amp;band</source>
        <translation>Bereich &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="119"/>
        <source>Remo&amp;ve band</source>
        <translation>Bereich entfern&amp;en</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="130"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="132"/>
        <source>The smallest change between two totals that is more than measurement error</source>
        <translation>Die kleinste Veränderung zwischen zwei Gesamtwerten, die über den Messfehler hinausgeht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="137"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="142"/>
        <source>Reliability</source>
        <translation>Reliabilität</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="143"/>
        <source>&amp;Compute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="146"/>
        <source>Reliable change = 1.96 × √2 × SD × √(1 − reliability) (Jacobson and Truax)</source>
        <translation>Reliable Veränderung = 1,96 × √2 × SD × √(1 − Reliabilität) (Jacobson und Truax)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="150"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="152"/>
        <source>reliability</source>
        <translation>Reliabilität</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="178"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="180"/>
        <source>&amp;Items:</source>
        <translation>Fra&amp;gen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="181"/>
        <source>Each item &amp;from:</source>
        <translation>Jede Frage &amp;von:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="186"/>
        <source>&amp;Direction:</source>
        <translation>Ri&amp;chtung:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="187"/>
        <source>Bands:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="190"/>
        <source>&amp;Reliable change:</source>
        <translation>&amp;Reliable Veränderung:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="191"/>
        <source>or &amp;from:</source>
        <translation>oder a&amp;us:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="196"/>
        <source>The questions of licensed measures are not included: enter the answers or the total from the paper form, and take the bands and the reliable change from its manual.</source>
        <translation>Die Fragen lizenzierter Fragebögen sind nicht enthalten: Tragen Sie die Antworten oder den Gesamtwert vom Papierbogen ein und entnehmen Sie die Bereiche und die reliable Veränderung dem zugehörigen Handbuch.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="205"/>
        <source>&amp;Save measure</source>
        <translation>Fragebogen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="207"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="210"/>
        <source>An archived measure takes no new entries; its entries are kept</source>
        <translation>Ein archivierter Fragebogen nimmt keine neuen Einträge an; seine Einträge bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="256"/>
        <source>{name} (shipped)</source>
        <translation>{name} (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="258"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="275"/>
        <source>New measure</source>
        <translation>Neuer Fragebogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="281"/>
        <source>Scored as published; shipped with its questions. {threshold}</source>
        <translation>Wird wie veröffentlicht ausgewertet; mit seinen Fragen mitgeliefert. {threshold}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="314"/>
        <source>In use: its items and their range stay as they are.</source>
        <translation>In Gebrauch: Fragen und Antwortspanne bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>Bring &amp;back</source>
        <translation>&amp;Wieder verwenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="397"/>
        <source>Use {n} bands or fewer.</source>
        <translation>Höchstens {n} Bereiche.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="436"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="450"/>
        <source>Archived: it takes no new entries.</source>
        <translation>Archiviert: nimmt keine neuen Einträge an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="452"/>
        <source>Back in use.</source>
        <translation>Wieder in Gebrauch.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="23"/>
        <source>Tuning the lock to this computer…</source>
        <translation>Das Schloss wird auf diesen Computer abgestimmt…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="25"/>
        <source>Re-encrypting private details: {done} of {total}…</source>
        <translation>Private Angaben werden neu verschlüsselt: {done} von {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="28"/>
        <source>Bringing backups in line: {done} of {total}…</source>
        <translation>Sicherungen werden angeglichen: {done} von {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="35"/>
        <source>Out of reach: files already exported (copies for another laptop, member records, CSV files) and printed pages. A copy for another laptop still opens with the secret it was made with; delete those you can.</source>
        <translation>Außer Reichweite: bereits exportierte Dateien (Kopien für einen anderen Laptop, Mitgliedsdaten, CSV-Dateien) und gedruckte Seiten. Eine Kopie für einen anderen Laptop öffnet sich weiterhin mit den Zugangsdaten, mit denen sie erstellt wurde; löschen Sie solche Kopien, soweit Sie können.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="46"/>
        <source>A new workspace key was made; %Ln private details were re-encrypted.</source>
        <translation>
            <numerusform>Ein neuer Schlüssel für den Arbeitsbereich wurde erzeugt; %Ln private Angabe wurde neu verschlüsselt.</numerusform>
            <numerusform>Ein neuer Schlüssel für den Arbeitsbereich wurde erzeugt; %Ln private Angaben wurden neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="53"/>
        <source>%Ln backups were re-encrypted with the new key.</source>
        <translation>
            <numerusform>%Ln Sicherung wurde mit dem neuen Schlüssel neu verschlüsselt.</numerusform>
            <numerusform>%Ln Sicherungen wurden mit dem neuen Schlüssel neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="56"/>
        <source>%Ln backups now open only with the new secret.</source>
        <translation>
            <numerusform>%Ln Sicherung öffnet sich jetzt nur noch mit den neuen Zugangsdaten.</numerusform>
            <numerusform>%Ln Sicherungen öffnen sich jetzt nur noch mit den neuen Zugangsdaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="59"/>
        <source>%Ln backups could not be updated and were removed; a fresh, checked backup takes their place.</source>
        <translation>
            <numerusform>%Ln Sicherung konnte nicht aktualisiert werden und wurde entfernt; eine frische, geprüfte Sicherung tritt an ihre Stelle.</numerusform>
            <numerusform>%Ln Sicherungen konnten nicht aktualisiert werden und wurden entfernt; eine frische, geprüfte Sicherung tritt an ihre Stelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="67"/>
        <source>The backups could not be brought in line just now; that is finished the next time the workspace is unlocked.</source>
        <translation>Die Sicherungen konnten gerade nicht angeglichen werden; das wird beim nächsten Entsperren des Arbeitsbereichs nachgeholt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="74"/>
        <source>%Ln damaged records could not be read, so they stay as they were (unreadable).</source>
        <translation>
            <numerusform>%Ln beschädigter Datensatz konnte nicht gelesen werden und bleibt daher, wie er war (unlesbar).</numerusform>
            <numerusform>%Ln beschädigte Datensätze konnten nicht gelesen werden und bleiben daher, wie sie waren (unlesbar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyChangeProgressDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_progress.py" line="30"/>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="104"/>
        <source>Cancelled: no check-in score was recorded.</source>
        <translation>Abgebrochen: Es wurde kein Stimmungswert erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="114"/>
        <source>Cancelled: no number was chosen.</source>
        <translation>Abgebrochen: Es wurde keine Nummer gewählt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="166"/>
        <source>No check-in score recorded: S then the number.</source>
        <translation>Kein Stimmungswert erfasst: S, dann die Zahl.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="176"/>
        <source>No member chosen: 0 needs two more digits (0 1 2 is member 12).</source>
        <translation>Kein Mitglied gewählt: Nach der 0 braucht es zwei weitere Ziffern (0 1 2 ist Mitglied 12).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="193"/>
        <source>{typed} is not on this group's check-in scale ({low} to {high}): no score was recorded.</source>
        <translation>{typed} liegt nicht auf der Skala dieser Gruppe ({low} bis {high}): Es wurde kein Wert erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="201"/>
        <source>Check-in score for {name}: {typed}_ (another digit, or a moment for {typed})</source>
        <translation>Stimmungswert für {name}: {typed}_ (noch eine Ziffer oder kurz warten für {typed})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="204"/>
        <source>Check-in score for {name}: type {low} to {high} (Esc cancels)</source>
        <translation>Stimmungswert für {name}: {low} bis {high} eingeben (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="213"/>
        <source>Rule card number: {typed} (Esc cancels)</source>
        <translation>Nummer der Regelkarte: {typed} (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="215"/>
        <source>Attendance of member {typed} (Esc cancels)</source>
        <translation>Anwesenheit von Mitglied {typed} (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="216"/>
        <source>Member number: {typed} (Esc cancels)</source>
        <translation>Mitgliedsnummer: {typed} (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="218"/>
        <source>Rule card: type its number (R again: the selected card).</source>
        <translation>Regelkarte: Nummer eingeben (noch einmal R: die ausgewählte Karte).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="219"/>
        <source>Attendance: type the member's number, or choose with ↑↓ and press Enter.</source>
        <translation>Anwesenheit: Nummer des Mitglieds eingeben oder mit ↑↓ wählen und die Eingabetaste drücken.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="89"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="135"/>
        <source>Keys in the room</source>
        <translation>Tasten im Raum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="138"/>
        <source>One key per action, wherever the focus is; every key also has a button or a click. Keys do nothing while you type a note. A member's number stays the same for the whole session.</source>
        <translation>Eine Taste pro Aktion, wo auch immer der Fokus ist; jede Taste hat auch eine Schaltfläche oder einen Klick. Während Sie eine Notiz tippen, bewirken Tasten nichts. Die Nummer eines Mitglieds bleibt für das ganze Treffen gleich.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../facilitator_desktop/ui/i18n.py" line="73"/>
        <source>System ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="109"/>
        <source>{title}, in the rule set</source>
        <translation>{title}, bereits in den Gruppenregeln</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="106"/>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="119"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="120"/>
        <source>Lock the workspace (Ctrl+L)</source>
        <translation>Arbeitsbereich sperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Lock workspace</source>
        <translation>Arbeitsbereich &amp;sperren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Backups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="184"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="189"/>
        <source>Encrypted workspace · Ctrl+L locks</source>
        <translation>Verschlüsselter Arbeitsbereich · Strg+L sperrt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="280"/>
        <source>Unsaved changes were cleared when the workspace locked.</source>
        <translation>Ungespeicherte Änderungen wurden beim Sperren des Arbeitsbereichs verworfen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="363"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="364"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;An offline companion for facilitators of in-person groups. Everything stays on this computer.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Ein Offline-Begleiter für alle, die Gruppen vor Ort leiten. Alles bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="22"/>
        <source>[former member]</source>
        <extracomment>each replaces a name in a text; keep the square brackets so the marker reads as the app's, not as something a member said.</extracomment>
        <translation>[ehemaliges Mitglied]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="23"/>
        <source>[another member]</source>
        <translation>[anderes Mitglied]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="24"/>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
</context>
<context>
    <name>MeasureEntryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="78"/>
        <source>Enter a measure — {alias}</source>
        <translation>Fragebogen eintragen – {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="81"/>
        <source>Enter a measure from paper</source>
        <translation>Ausgefüllten Fragebogen eintragen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="83"/>
        <source>Measure</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="85"/>
        <source>&amp;Define measures…</source>
        <translation>Fragebögen &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="87"/>
        <source>Add a measure whose form you have on paper (ORS, SRS, CORE-10 …)</source>
        <translation>Einen Fragebogen hinzufügen, den Sie auf Papier haben (ORS, SRS, CORE-10 …)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="101"/>
        <source>Date the form was filled in</source>
        <translation>Datum, an dem der Bogen ausgefüllt wurde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="104"/>
        <source>Session</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="107"/>
        <source>Each item's &amp;answer</source>
        <translation>&amp;Antwort zu jeder Frage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="108"/>
        <source>Only the &amp;total from the paper</source>
        <translation>Nur den Gesamt&amp;wert vom Papier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="120"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Fragebogen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="125"/>
        <source>Filled in &amp;on:</source>
        <translation>Ausgefüllt a&amp;m:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="126"/>
        <source>&amp;Session:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="127"/>
        <source>Enter:</source>
        <translation>Eingeben:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="156"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="158"/>
        <source>T&amp;otal:</source>
        <translation>&amp;Gesamtwert:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="177"/>
        <source>Total so far</source>
        <translation>Bisherige Summe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="189"/>
        <source>Stored encrypted; never shown on the room display.</source>
        <translation>Verschlüsselt gespeichert; nie auf der Raumanzeige.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="229"/>
        <source>Not tied to a session</source>
        <translation>Keinem Treffen zugeordnet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="236"/>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="269"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="277"/>
        <source>Item {n}</source>
        <translation>Frage {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="271"/>
        <source>{n}.</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="297"/>
        <source>There is no measure to enter. Define one first.</source>
        <translation>Es gibt keinen Fragebogen zum Eintragen. Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="310"/>
        <source>Each item from {low} to {high}.</source>
        <translation>Jede Frage von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="317"/>
        <source>The total is from {low} to {high}.</source>
        <translation>Der Gesamtwert liegt zwischen {low} und {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="374"/>
        <source>Answered {given} of {items} · total so far {total}</source>
        <translation>{given} von {items} beantwortet · bisherige Summe {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="385"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="408"/>
        <source>Type the total from the paper.</source>
        <translation>Geben Sie den Gesamtwert vom Papier ein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="389"/>
        <source>Total {total} of {most}</source>
        <translation>Gesamtwert {total} von {most}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="416"/>
        <source>Item {n} has no answer yet. Type it, or enter only the total from the paper.</source>
        <translation>Frage {n} hat noch keine Antwort. Tragen Sie sie ein oder geben Sie nur den Gesamtwert vom Papier ein.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="458"/>
        <source>Measure saved.</source>
        <translation>Fragebogen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="29"/>
        <source>Export {alias}'s scores</source>
        <translation>Werte von {alias} exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="30"/>
        <source>The file will hold {alias}'s name and scores in plain text.</source>
        <translation>Die Datei enthält den Namen und die Werte von {alias} unverschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="31"/>
        <source>Anyone who opens it can read how they answered. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Wer sie öffnet, kann lesen, wie die Person geantwortet hat. Speichern Sie sie nur dort, wo andere sie nicht sehen, und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="35"/>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="40"/>
        <source>Export scores as CSV</source>
        <translation>Werte als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="42"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>The file could not be saved: {why}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="58"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="29"/>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="30"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="31"/>
        <source>moderate</source>
        <translation>mittelgradig</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="32"/>
        <source>moderately severe</source>
        <translation>ausgeprägt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="33"/>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="45"/>
        <source>{total} ({band})</source>
        <translation>{total} ({band})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="50"/>
        <source>reliable improvement</source>
        <translation>reliable Verbesserung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="51"/>
        <source>reliable deterioration</source>
        <translation>reliable Verschlechterung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="52"/>
        <source>no reliable change</source>
        <translation>keine reliable Veränderung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="53"/>
        <source>no reliable-change threshold set</source>
        <translation>keine Schwelle für reliable Veränderung festgelegt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="59"/>
        <source>No reliable-change threshold is set for this measure.</source>
        <translation>Für diesen Fragebogen ist keine Schwelle für reliable Veränderung festgelegt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="60"/>
        <source>A change of {n} points or more counts as reliable.</source>
        <translation>Eine Veränderung um {n} Punkte oder mehr gilt als reliabel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher is better.</source>
        <translation>Höhere Werte sind besser.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher totals are worse.</source>
        <translation>Höhere Werte sind schlechter.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="77"/>
        <source>{measure}: no readable entries.</source>
        <translation>{measure}: keine lesbaren Einträge.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="81"/>
        <source>{measure}: one entry, {date}: {total}.</source>
        <translation>{measure}: ein Eintrag, {date}: {total}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="90"/>
        <source>{measure}: {n} entries from {first} to {latest}.</source>
        <translation>{measure}: {n} Einträge vom {first} bis {latest}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="98"/>
        <source>First {first}, latest {latest}: {change}.</source>
        <translation>Erster Wert {first}, letzter {latest}: {change}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="106"/>
        <source>Lowest {low}, highest {high}.</source>
        <translation>Niedrigster Wert {low}, höchster {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="113"/>
        <source>Item 9 answered above 0 in {n} of them, most recently {date}.</source>
        <translation>Frage 9 in {n} davon über 0 beantwortet, zuletzt am {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="120"/>
        <source>Entries that could not be read and are left out: {n}.</source>
        <translation>Einträge, die nicht gelesen werden konnten und fehlen: {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="131"/>
        <source>Item 9 was answered above 0</source>
        <translation>Frage 9 wurde über 0 beantwortet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="137"/>
        <source>{alias} marked “{answer}” for thoughts that they would be better off dead, or of hurting themselves in some way.</source>
        <translation>{alias} hat bei Gedanken, lieber tot zu sein oder sich auf irgendeine Weise selbst zu verletzen, „{answer}“ angekreuzt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="144"/>
        <source>This answer is not a diagnosis and does not say how much risk there is; it is a reason to ask. Consider speaking with them soon, in private, about how they are now; following your own service's safety procedures (who to contact, what to record); and talking it through with your supervisor or a colleague. If you believe someone is in immediate danger, follow your emergency procedure.</source>
        <translation>Diese Antwort ist keine Diagnose und sagt nichts darüber, wie hoch das Risiko ist; sie ist ein Anlass nachzufragen. Erwägen Sie, bald unter vier Augen mit der Person darüber zu sprechen, wie es ihr jetzt geht; die Sicherheitsabläufe Ihrer eigenen Einrichtung zu befolgen (wen Sie verständigen, was Sie dokumentieren); und die Situation mit Ihrer Supervision oder einer Kollegin bzw. einem Kollegen zu besprechen. Wenn Sie glauben, dass jemand in akuter Gefahr ist, folgen Sie Ihrem Notfallablauf.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="154"/>
        <source>With the total only, item 9 (thoughts of being better off dead or of self-harm) is not checked here: look at its answer on the paper.</source>
        <translation>Bei nur eingetragenem Gesamtwert wird Frage 9 (Gedanken, lieber tot zu sein oder sich selbst zu verletzen) hier nicht geprüft: Sehen Sie sich die Antwort auf dem Papierbogen an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="161"/>
        <source>I have read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="32"/>
        <source>Not on track</source>
        <translation>Nicht auf Kurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="52"/>
        <source>{alias}: {measure} reliably worse than at first — {before} on {since}, {latest} on {latest_on} (a change of {threshold} or more is reliable)</source>
        <translation>{alias}: {measure} reliabel schlechter als zu Beginn – {before} am {since}, {latest} am {latest_on} (eine Veränderung um {threshold} oder mehr gilt als reliabel)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="64"/>
        <source>{alias} · {measure} {before} → {latest}</source>
        <translation>{alias} · {measure} {before} → {latest}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="68"/>
        <source>{alias}: check-in fell from {before} ({since}) to {latest} ({latest_on}) over their last three sessions</source>
        <translation>{alias}: Stimmungswert in den letzten drei Treffen von {before} ({since}) auf {latest} ({latest_on}) gesunken</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="78"/>
        <source>{alias} · check-in {before} → {latest}</source>
        <translation>{alias} · Stimmungswert {before} → {latest}</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="47"/>
        <source>Outcome measures</source>
        <translation>Fragebögen im Verlauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="56"/>
        <source>Measure</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="58"/>
        <source>Mea&amp;sure:</source>
        <translation>&amp;Fragebogen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="60"/>
        <source>&amp;Enter a measure…</source>
        <translation>Fragebogen &amp;eintragen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="61"/>
        <source>Type in a questionnaire filled in on paper</source>
        <translation>Einen auf Papier ausgefüllten Fragebogen eintragen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="63"/>
        <source>E&amp;xport scores…</source>
        <translation>Werte e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="64"/>
        <source>Their scores as a CSV file</source>
        <translation>Ihre Werte als CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="77"/>
        <source>Measure summary</source>
        <translation>Fragebögen im Überblick</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="79"/>
        <source>Shading: the measure's bands, darker towards the worse end. Dashed lines: a reliable change from the first total. ▲▼ reliably worse or better than the first; ○ the latest; a red ring: item 9 above 0.</source>
        <translation>Schattierung: die Bereiche des Fragebogens, dunkler zum schlechteren Ende hin. Gestrichelte Linien: eine reliable Veränderung gegenüber dem ersten Gesamtwert. ▲▼ reliabel schlechter oder besser als der erste; ○ der neueste; ein roter Ring: Frage 9 über 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="88"/>
        <source>Entries of this measure</source>
        <translation>Einträge dieses Fragebogens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="92"/>
        <source>&amp;Delete entry…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="162"/>
        <source>No measures entered for them yet.</source>
        <translation>Für diese Person sind noch keine Fragebögen eingetragen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="233"/>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="236"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="234"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="245"/>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
</context>
<context>
    <name>MemberCopyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="69"/>
        <source>A member's copy</source>
        <translation>Kopie für ein Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="72"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="73"/>
        <source>&amp;Member:</source>
        <translation>M&amp;itglied:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="76"/>
        <source>This &amp;session only</source>
        <translation>Nur dieses &amp;Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="77"/>
        <source>Sessions &amp;from</source>
        <translation>Treffen &amp;vom</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="81"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="82"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="89"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="97"/>
        <source>Other members as their &amp;initials</source>
        <translation>Andere Mitglieder als I&amp;nitialen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="98"/>
        <source>Other members' names &amp;removed</source>
        <translation>Namen anderer Mitglieder &amp;entfernt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="106"/>
        <source>The copy holds the group note and this member's own facts and lines. Every other member's name, phone number and e-mail is reduced to initials or removed. Read it over before it leaves your hands.</source>
        <translation>Die Kopie enthält das Gruppenprotokoll sowie die eigenen Daten und Zeilen dieses Mitglieds. Name, Telefonnummer und E-Mail-Adresse aller anderen Mitglieder werden auf Initialen gekürzt oder entfernt. Lesen Sie die Kopie durch, bevor Sie sie aus der Hand geben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="119"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="121"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="123"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="137"/>
        <source>Sessions:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="141"/>
        <source>Others:</source>
        <translation>Andere:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="179"/>
        <source>The first day is after the last. Nothing was made.</source>
        <translation>Der erste Tag liegt nach dem letzten. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="213"/>
        <source>The copy could not be made ({error}). Nothing was saved.</source>
        <translation>Die Kopie konnte nicht erstellt werden ({error}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="233"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="238"/>
        <source>Saved {file}.</source>
        <translation>{file} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="244"/>
        <source>progress-entry-{date}.pdf</source>
        <translation>verlaufseintrag-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="247"/>
        <source>Save the member's copy</source>
        <translation>Kopie für das Mitglied speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="261"/>
        <source>Progress entry</source>
        <translation>Verlaufseintrag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="268"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er angeschlossen und eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="270"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="54"/>
        <source>Progress entry for {name}</source>
        <translation>Verlaufseintrag für {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="56"/>
        <source>A line or two about {name} today.</source>
        <translation>Ein, zwei Zeilen zu {name} heute.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="64"/>
        <source>Add an addendum for {name}…</source>
        <translation>Nachtrag für {name} hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="101"/>
        <source>These lines are damaged and cannot be shown.</source>
        <translation>Diese Zeilen sind beschädigt und können nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/members.py" line="47"/>
        <source>{seat}.  {alias}</source>
        <translation>{seat}.  {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/members.py" line="49"/>
        <source>{alias} — left {date}</source>
        <translation>{alias} – ausgetreten am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/members.py" line="55"/>
        <source>This record is damaged and cannot be shown or edited.</source>
        <translation>Dieser Eintrag ist beschädigt und kann nicht angezeigt oder bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>MemberRights</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="74"/>
        <source>Export member record</source>
        <translation>Mitgliedsdaten exportieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="75"/>
        <source>This record cannot be exported.</source>
        <translation>Dieser Eintrag kann nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="84"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="88"/>
        <source>&amp;Member:</source>
        <translation>M&amp;itglied:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="93"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="94"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="95"/>
        <source>Absent without notice</source>
        <translation>Ohne Abmeldung gefehlt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="96"/>
        <source>Passed</source>
        <translation>Gepasst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="97"/>
        <source>Quiet lately</source>
        <translation>In letzter Zeit still</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="99"/>
        <source>Recent sessions in a row in which they passed or spoke for less than a third of an equal share of the time.</source>
        <translation>Letzte Treffen in Folge, in denen die Person gepasst oder weniger als ein Drittel eines gleichen Zeitanteils gesprochen hat.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="116"/>
        <source>No sessions since they joined.</source>
        <translation>Keine Treffen seit dem Eintritt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="118"/>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="352"/>
        <source>Airtime share per session</source>
        <translation>Redeanteil pro Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="120"/>
        <source>Bars: their share of the airtime; dashed line: their average when present; ○ came and passed. Letters: attendance. Click a bar to open that session.</source>
        <translation>Balken: Anteil an der Redezeit; gestrichelte Linie: Durchschnitt, wenn anwesend; ○ da und gepasst. Buchstaben: Anwesenheit. Klicken Sie auf einen Balken, um das Treffen zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="128"/>
        <source>Rule sets signed</source>
        <translation>Unterschriebene Regelversionen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="137"/>
        <source>Notes and follow-ups</source>
        <translation>Notizen und Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="140"/>
        <source>Notes about this member</source>
        <translation>Notizen zu diesem Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="150"/>
        <source>Selected note</source>
        <translation>Ausgewählte Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="152"/>
        <source>Open in &amp;Notes</source>
        <translation>In &amp;Notizen öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="188"/>
        <source>The chosen member</source>
        <translation>Das gewählte Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="194"/>
        <source>Pick a member to see their attendance and airtime over the weeks.</source>
        <translation>Wählen Sie ein Mitglied, um seine Anwesenheit und Redezeit über die Wochen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="262"/>
        <source>Choose a member…</source>
        <translation>Mitglied auswählen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="267"/>
        <source>{alias} (left)</source>
        <translation>{alias} (ausgetreten)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="298"/>
        <source>In the group since {date}</source>
        <translation>In der Gruppe seit {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="300"/>
        <source>left {date}</source>
        <translation>ausgetreten am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="302"/>
        <source>seat {n}</source>
        <translation>Platz {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="305"/>
        <source>{attended} of %Ln sessions</source>
        <translation>
            <numerusform>{attended} von %Ln Treffen</numerusform>
            <numerusform>{attended} von %Ln Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="309"/>
        <source>%Ln excused</source>
        <translation>
            <numerusform>%Ln abgemeldet</numerusform>
            <numerusform>%Ln abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="314"/>
        <source>sessions in a row · longest {n}</source>
        <translation>
            <numerusform>Treffen in Folge · längste Serie: {n}</numerusform>
            <numerusform>Treffen in Folge · längste Serie: {n}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="321"/>
        <source>in a row — worth a call</source>
        <translation>
            <numerusform>Mal in Folge – Zeit für einen Anruf</numerusform>
            <numerusform>Mal in Folge – Zeit für einen Anruf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="323"/>
        <source>in a row</source>
        <translation>
            <numerusform>Mal</numerusform>
            <numerusform>Mal in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="328"/>
        <source>times · spoke {turns}</source>
        <translation>
            <numerusform>Mal · sonst {turns}</numerusform>
            <numerusform>Mal · sonst {turns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="335"/>
        <source>sessions in a row with little said</source>
        <translation>
            <numerusform>Treffen mit wenig Redeanteil</numerusform>
            <numerusform>Treffen in Folge mit wenig Redeanteil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="337"/>
        <source>sessions</source>
        <translation>
            <numerusform>Treffen</numerusform>
            <numerusform>Treffen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="354"/>
        <source>Airtime share per session — the last {shown} of {total}</source>
        <translation>Redeanteil pro Treffen – die letzten {shown} von {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="362"/>
        <source>Version {v} · signed {date}</source>
        <translation>Version {v} · unterschrieben am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="369"/>
        <source>Has not signed a version of the rules yet.</source>
        <translation>Hat noch keine Version der Regeln unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="385"/>
        <source>The group's rules are at version {v}.</source>
        <translation>Aktuell gilt Version {v} der Gruppenregeln.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="387"/>
        <source>✓ Signed.</source>
        <translation>✓ Unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="389"/>
        <source>Not signed yet.</source>
        <translation>Noch nicht unterschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="400"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="402"/>
        <source>%Ln open follow-ups</source>
        <translation>
            <numerusform>%Ln offener Punkt zum Nachverfolgen</numerusform>
            <numerusform>%Ln offene Punkte zum Nachverfolgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="423"/>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="425"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="58"/>
        <source>&amp;Add member</source>
        <translation>Mitglied hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="59"/>
        <source>Add a member to this group (Ctrl+N)</source>
        <translation>Ein Mitglied zu dieser Gruppe hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="63"/>
        <source>Members in seat order</source>
        <translation>Mitglieder in Sitzordnung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="65"/>
        <source>Drag to change seats, or use Alt+Up and Alt+Down.</source>
        <translation>Zum Umsetzen ziehen oder Alt+↑ und Alt+↓ verwenden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="67"/>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="68"/>
        <source>Move one seat earlier (Alt+Up)</source>
        <translation>Einen Platz nach vorn (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="70"/>
        <source>Move &amp;down</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="71"/>
        <source>Move one seat later (Alt+Down)</source>
        <translation>Einen Platz nach hinten (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="74"/>
        <source>Show members who &amp;left</source>
        <translation>Ausgetretene Mitglieder an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="78"/>
        <source>Seat order is the order of rounds. Drag to change it.</source>
        <translation>Die Sitzordnung ist die Reihenfolge in den Runden. Zum Ändern ziehen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="89"/>
        <source>Print sign-in s&amp;heet…</source>
        <translation>&amp;Anwesenheitsliste drucken…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="104"/>
        <source>First name or nickname</source>
        <translation>Vorname oder Spitzname</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="107"/>
        <source>What the room sees. Must be different from everyone else in this group.</source>
        <translation>Das sieht der Raum. Muss sich von allen anderen in dieser Gruppe unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="114"/>
        <source>Al&amp;ias:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="118"/>
        <source>Private — encrypted</source>
        <translation>Privat – verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="121"/>
        <source>Phone or email</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="125"/>
        <source>Anything you need to remember (access needs, who referred them…)</source>
        <translation>Alles, was Sie sich merken möchten (Unterstützungsbedarf, wer die Person vermittelt hat …)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="129"/>
        <source>Shown only on this screen. Stored encrypted with your passphrase; never on the room display or handouts.</source>
        <translation>Nur auf dieser Seite sichtbar. Mit Ihrer Passphrase verschlüsselt gespeichert; nie auf der Raumanzeige oder auf Handouts.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="139"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="140"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="141"/>
        <source>&amp;Remarks:</source>
        <translation>&amp;Bemerkungen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="144"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="145"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Speichern (Strg+S oder Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="147"/>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>Mark as l&amp;eft</source>
        <translation>Als ausgetreten &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="158"/>
        <source>E&amp;xport member record…</source>
        <translation>Mitgliedsdaten e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="159"/>
        <source>A file with everything held about this member</source>
        <translation>Eine Datei mit allem, was zu diesem Mitglied gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="161"/>
        <source>Erase &amp;member…</source>
        <translation>Mitglied &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="162"/>
        <source>Remove this member and their history for good</source>
        <translation>Dieses Mitglied und seinen Verlauf endgültig entfernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="164"/>
        <source>En&amp;ter a measure…</source>
        <translation>Fragebogen &amp;eintragen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="165"/>
        <source>Type in a PHQ-9, GAD-7 or your own measure</source>
        <translation>Einen PHQ-9, GAD-7 oder eigenen Fragebogen eintragen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="195"/>
        <source>Create a group on the Groups page first; its members are listed here.</source>
        <translation>Legen Sie zuerst auf der Seite „Gruppen“ eine Gruppe an; ihre Mitglieder werden hier aufgelistet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="222"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="288"/>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="290"/>
        <source>Damaged record</source>
        <translation>Beschädigter Eintrag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="292"/>
        <source>Edit member</source>
        <translation>Mitglied bearbeiten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="317"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/members_page.py" line="326"/>
        <source>{group} · %Ln in seat order</source>
        <translation>
            <numerusform>{group} · %Ln Mitglied in Sitzordnung</numerusform>
            <numerusform>{group} · %Ln Mitglieder in Sitzordnung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>R&amp;ejoin</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>the new member</source>
        <translation>das neue Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>this member</source>
        <translation>dieses Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="196"/>
        <source>Seat order saved.</source>
        <translation>Sitzordnung gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="219"/>
        <source>Member erased, backups included: {deleted} notes removed, their name taken out of {kept} others.</source>
        <translation>Mitglied gelöscht, auch aus den Sicherungen: {deleted} Notizen entfernt, der Name aus {kept} weiteren herausgenommen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="237"/>
        <source>Marked as left. Their history is kept.</source>
        <translation>Als ausgetreten markiert. Der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="239"/>
        <source>Tick “Show members who left” to see them.</source>
        <translation>Setzen Sie das Häkchen bei „Ausgetretene Mitglieder anzeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="241"/>
        <source>Welcome back: rejoined the group.</source>
        <translation>Willkommen zurück: wieder in der Gruppe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member added.</source>
        <translation>Mitglied hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member saved.</source>
        <translation>Mitglied gespeichert.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="154"/>
        <source>Several unrelated words</source>
        <translation>Mehrere Wörter ohne Zusammenhang</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="161"/>
        <source>Su&amp;ggest one</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="163"/>
        <source>Fill in a strong passphrase of six random words, for you to write down</source>
        <translation>Eine starke Passphrase aus sechs zufälligen Wörtern eintragen, zum Aufschreiben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="188"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="222"/>
        <source>No passphrase can be suggested: the word list is missing from this installation. Four or more unrelated words of your own work as well.</source>
        <translation>Es kann keine Passphrase vorgeschlagen werden: Die Wortliste fehlt in dieser Installation. Vier oder mehr eigene Wörter ohne Zusammenhang funktionieren genauso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="234"/>
        <source>Your new passphrase, filled in above:</source>
        <translation>Ihre neue Passphrase, oben eingetragen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="237"/>
        <source>Write it down now, exactly as shown, and keep it somewhere safe.</source>
        <translation>Schreiben Sie sie jetzt genau so auf, wie sie angezeigt wird, und bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="273"/>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="55"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="57"/>
        <source>Members this note is about</source>
        <translation>Mitglieder, die diese Notiz betrifft</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="61"/>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="131"/>
        <source>Tick the members this note is about.</source>
        <translation>Kreuzen Sie die Mitglieder an, die diese Notiz betrifft.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="65"/>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="66"/>
        <source>&amp;Follow up</source>
        <translation>&amp;Nachverfolgen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="67"/>
        <source>List this note under Follow-ups</source>
        <translation>Diese Notiz unter „Nachverfolgung“ aufführen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="68"/>
        <source>D&amp;ue by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="71"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="73"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="74"/>
        <source>The follow-up has been done</source>
        <translation>Die Nachverfolgung ist erledigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="122"/>
        <source>{alias} (left)</source>
        <translation>{alias} (ausgetreten)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="133"/>
        <source>This group has no members yet.</source>
        <translation>Diese Gruppe hat noch keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor.py" line="40"/>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="89"/>
        <source>About {names}</source>
        <translation>Betrifft {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="103"/>
        <source>Followed up ✓</source>
        <translation>Nachverfolgt ✓</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="105"/>
        <source>Follow up by {date}</source>
        <translation>Nachverfolgen bis {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="106"/>
        <source>To follow up</source>
        <translation>Nachzuverfolgen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="194"/>
        <source>⚠ Damaged note</source>
        <translation>⚠ Beschädigte Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="195"/>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="180"/>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="184"/>
        <source>Quick note</source>
        <translation>Schnellnotiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="181"/>
        <source>&amp;Quick note (only you see it)</source>
        <translation>&amp;Schnellnotiz (nur für Sie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="183"/>
        <source>Type, then Enter saves it (encrypted)</source>
        <translation>Eingabe speichert (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="186"/>
        <source>Enter saves · Shift+Enter starts a new line · Esc goes back to the room</source>
        <translation>Eingabetaste speichert · Umschalt+Eingabetaste: neue Zeile · Esc: zurück in den Raum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="264"/>
        <source>Saved, encrypted · about {name}</source>
        <translation>Gespeichert, verschlüsselt · betrifft {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="266"/>
        <source>Saved, encrypted · not linked to anyone</source>
        <translation>Gespeichert, verschlüsselt · mit niemandem verknüpft</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="365"/>
        <source>About nobody: no one is speaking</source>
        <translation>Betrifft: niemand spricht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="372"/>
        <source>About {name}</source>
        <translation>Betrifft {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="374"/>
        <source>Link the note to {name}, who was speaking ({key})</source>
        <translation>Notiz mit der Person verknüpfen, die gerade sprach: {name} ({key})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="379"/>
        <source>{key} links</source>
        <translation>{key} verknüpft</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="381"/>
        <source>{key} unlinks</source>
        <translation>{key} trennt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="419"/>
        <source>Too long for a quick note ({n} of %Ln characters). Shorten it, or write it on the Notes page.</source>
        <translation>
            <numerusform>Zu lang für eine Schnellnotiz ({n} von %Ln Zeichen). Kürzen Sie sie oder schreiben Sie sie auf der Seite „Notizen“.</numerusform>
            <numerusform>Zu lang für eine Schnellnotiz ({n} von %Ln Zeichen). Kürzen Sie sie oder schreiben Sie sie auf der Seite „Notizen“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteShareBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="29"/>
        <source>For &amp;co-facilitators</source>
        <translation>Für die &amp;Co-Leitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="61"/>
        <source>Only a note of a shared group can go to its co-facilitators. This note stays on this laptop.</source>
        <translation>Nur eine Notiz einer geteilten Gruppe kann an deren Co-Leitung gehen. Diese Notiz bleibt auf diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="68"/>
        <source>Ticked, this note is read by this group's co-facilitators (other laptops: {count}), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation>Mit Häkchen liest die Co-Leitung dieser Gruppe diese Notiz (weitere Laptops: {count}), verschlüsselt mit dem Schlüssel der Gruppe. Ohne Häkchen bleibt sie auf diesem Laptop und wird von den anderen zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="108"/>
        <source>This note goes to the co-facilitators at the next sync.</source>
        <translation>Diese Notiz geht bei der nächsten Synchronisierung an die Co-Leitung.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="110"/>
        <source>This note is taken back from the co-facilitators at the next sync.</source>
        <translation>Diese Notiz wird bei der nächsten Synchronisierung von der Co-Leitung zurückgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked, this note is read by this group's co-facilitators (%n other laptops), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation type="vanished">
            <numerusform>Mit Häkchen liest die Co-Leitung dieser Gruppe diese Notiz (%n weiterer Laptop), verschlüsselt mit dem Schlüssel der Gruppe. Ohne Häkchen bleibt sie auf diesem Laptop und wird vom anderen zurückgenommen.</numerusform>
            <numerusform>Mit Häkchen liest die Co-Leitung dieser Gruppe diese Notiz (%n weitere Laptops), verschlüsselt mit dem Schlüssel der Gruppe. Ohne Häkchen bleibt sie auf diesem Laptop und wird von den anderen zurückgenommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="21"/>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="22"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="23"/>
        <source>What happened in the session, in your own words.</source>
        <translation>Was im Treffen geschah, in Ihren eigenen Worten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="24"/>
        <source>DAP (Data, Assessment, Plan)</source>
        <translation>DAP (Daten, Einschätzung, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="25"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="26"/>
        <source>What was said and done: the topics, what members brought, what you saw.</source>
        <translation>Was gesagt und getan wurde: die Themen, was die Mitglieder eingebracht haben, was Sie beobachtet haben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="29"/>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="30"/>
        <source>Your reading of it: the group's process, themes, progress, concerns.</source>
        <translation>Ihre Deutung: Gruppenprozess, Themen, Fortschritte, Sorgen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="33"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="34"/>
        <source>What comes next: the next session's focus, follow-ups.</source>
        <translation>Wie es weitergeht: Schwerpunkt des nächsten Treffens, Nachverfolgung.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="35"/>
        <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
        <translation>BIRP (Verhalten, Intervention, Reaktion, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="36"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="37"/>
        <source>What members showed and said: mood, participation, how they related.</source>
        <translation>Was die Mitglieder gezeigt und gesagt haben: Stimmung, Beteiligung, wie sie miteinander umgingen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="40"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="41"/>
        <source>What you did: the topics, prompts and techniques.</source>
        <translation>Was Sie getan haben: Themen, Impulse und Methoden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="42"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="43"/>
        <source>How the group and its members responded.</source>
        <translation>Wie die Gruppe und ihre Mitglieder reagiert haben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="44"/>
        <source>Next steps: the next session's focus and follow-ups.</source>
        <translation>Nächste Schritte: Schwerpunkt des nächsten Treffens und Nachverfolgung.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="45"/>
        <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
        <translation>SOAP (Subjektiv, Objektiv, Einschätzung, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="46"/>
        <source>Subjective</source>
        <translation>Subjektiv</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="47"/>
        <source>What members reported in their own words: the concerns they brought.</source>
        <translation>Was die Mitglieder in eigenen Worten berichtet haben: die Anliegen, die sie mitgebracht haben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="50"/>
        <source>Objective</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="51"/>
        <source>What you observed: attendance, participation, affect, interactions.</source>
        <translation>Was Sie beobachtet haben: Anwesenheit, Beteiligung, Affekt, Interaktionen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="54"/>
        <source>Your assessment of the group's process and progress.</source>
        <translation>Ihre Einschätzung des Gruppenprozesses und der Fortschritte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="55"/>
        <source>The next session's focus, tasks agreed, follow-ups.</source>
        <translation>Schwerpunkt des nächsten Treffens, vereinbarte Aufgaben, Nachverfolgung.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="31"/>
        <source>Write here. It is saved as you type, encrypted.</source>
        <translation>Hier schreiben. Wird beim Tippen verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="40"/>
        <source>This note is damaged and cannot be shown. The other notes are fine; you can delete this one.</source>
        <translation>Diese Notiz ist beschädigt und kann nicht angezeigt werden. Die anderen Notizen sind in Ordnung; diese können Sie löschen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="68"/>
        <source>Choose a note on the left, or start a new one with New note (Ctrl+N).</source>
        <translation>Wählen Sie links eine Notiz oder beginnen Sie eine neue mit „Neue Notiz“ (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="124"/>
        <source>New note — saved as soon as you type.</source>
        <translation>Neue Notiz – wird gespeichert, sobald Sie tippen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="150"/>
        <source>Saved · encrypted</source>
        <translation>Gespeichert · verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="154"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="158"/>
        <source>Not saved yet: {reason}</source>
        <translation>Noch nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="165"/>
        <source>Written {when}</source>
        <translation>Geschrieben: {when}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="166"/>
        <source>Written {when}
Changed {changed}</source>
        <translation>Geschrieben: {when}
Geändert: {changed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="35"/>
        <source>All &amp;groups</source>
        <translation>Alle Gru&amp;ppen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="36"/>
        <source>List the notes of every group</source>
        <translation>Die Notizen aller Gruppen auflisten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="39"/>
        <source>Notes about</source>
        <translation>Notizen über</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="43"/>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="44"/>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="45"/>
        <source>Follow-up open</source>
        <translation>Nachverfolgung offen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="46"/>
        <source>Follow-up done</source>
        <translation>Nachverfolgung erledigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="48"/>
        <source>A&amp;bout:</source>
        <translation>&amp;Betrifft:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="50"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="93"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="98"/>
        <source>{alias} (left)</source>
        <translation>{alias} (ausgetreten)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="60"/>
        <source>The newest %Ln notes. Search to find older ones.</source>
        <translation>
            <numerusform>Die neueste Notiz. Ältere finden Sie über die Suche.</numerusform>
            <numerusform>Die neuesten %Ln Notizen. Ältere finden Sie über die Suche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="62"/>
        <source>No notes here yet.</source>
        <translation>Hier gibt es noch keine Notizen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="77"/>
        <source>Create a group on the Groups page to write notes about it.</source>
        <translation>Legen Sie auf der Seite „Gruppen“ eine Gruppe an, um Notizen dazu zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="90"/>
        <source>No note holds all of these words, in its text or in the names of the members it is about.</source>
        <translation>Keine Notiz enthält alle diese Wörter, weder im Text noch in den Namen der Mitglieder, die sie betrifft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="95"/>
        <source>The newest %Ln matching notes, from all groups. Add a word to narrow.</source>
        <translation>
            <numerusform>Die neueste passende Notiz aus allen Gruppen. Für weniger Treffer ein Wort hinzufügen.</numerusform>
            <numerusform>Die neuesten %Ln passenden Notizen aus allen Gruppen. Für weniger Treffer ein Wort hinzufügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="101"/>
        <source>%Ln matching notes, from all groups.</source>
        <translation>
            <numerusform>%Ln passende Notiz aus allen Gruppen.</numerusform>
            <numerusform>%Ln passende Notizen aus allen Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up marked done.</source>
        <translation>Nachverfolgung als erledigt markiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up open again.</source>
        <translation>Nachverfolgung wieder offen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="316"/>
        <source>Note deleted.</source>
        <translation>Notiz gelöscht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="66"/>
        <source>Search all notes, or who they are about (Ctrl+F)</source>
        <translation>Alle Notizen durchsuchen, auch nach Personen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="68"/>
        <source>Search all notes</source>
        <translation>Alle Notizen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="70"/>
        <source>Finds the notes that hold every word, in their text or in the alias or full name of a member they are about.</source>
        <translation>Findet die Notizen, die jedes Wort enthalten – im Text oder im Rufnamen bzw. vollständigen Namen eines Mitglieds, das sie betreffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="77"/>
        <source>&amp;New note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="78"/>
        <source>Start a new note in this group (Ctrl+N)</source>
        <translation>Eine neue Notiz in dieser Gruppe beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="79"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="80"/>
        <source>Delete this note for good</source>
        <translation>Diese Notiz endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="93"/>
        <source>Notes, newest first</source>
        <translation>Notizen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="168"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="228"/>
        <source>this note</source>
        <translation>diese Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="303"/>
        <source>Search in every group · encrypted</source>
        <translation>Suche in allen Gruppen · verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="305"/>
        <source>All groups · newest first · encrypted</source>
        <translation>Alle Gruppen · neueste zuerst · verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="308"/>
        <source>{group} · newest first · encrypted</source>
        <translation>{group} · neueste zuerst · verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="392"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="393"/>
        <source>Delete this note?</source>
        <translation>Diese Notiz löschen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="394"/>
        <source>It is removed from the workspace for good, together with its follow-up. This cannot be undone.</source>
        <translation>Sie wird samt Nachverfolgung endgültig aus dem Arbeitsbereich entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="398"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/presenter.py" line="89"/>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../facilitator_desktop/ui/formatting.py" line="78"/>
        <source>{n}%</source>
        <extracomment>a percentage, {n} is the number; write it as your language does (French and German put a no-break space before the sign: &quot;{n} %&quot;).</extracomment>
        <translation>{n} %</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="55"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="74"/>
        <source>Tip: several unrelated words, like “lantern orbit velvet seven”.</source>
        <translation>Tipp: mehrere Wörter ohne Zusammenhang, etwa „Laterne Umlaufbahn Samt sieben“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="76"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="78"/>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Gut genug. Ein weiteres Wort ohne Zusammenhang würde sie stark machen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="83"/>
        <source>Try four or more unrelated words, or let the app suggest some.</source>
        <translation>Versuchen Sie es mit vier oder mehr Wörtern ohne Zusammenhang oder lassen Sie sich welche vorschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="91"/>
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen.</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="93"/>
        <source>This is one of the most common passwords; anyone trying to open the file would try it early.</source>
        <translation>Das ist eines der häufigsten Passwörter; wer die Datei öffnen will, probiert es früh aus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="98"/>
        <source>It is built on a common password; anyone trying to open the file would try those early, with the usual additions.</source>
        <translation>Sie beruht auf einem häufigen Passwort; wer die Datei öffnen will, probiert solche früh aus, mit den üblichen Zusätzen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="103"/>
        <source>Look-alike symbols (like @ for a) or a word spelled backwards fool nobody: they are among the first things tried.</source>
        <translation>Ähnlich aussehende Zeichen (etwa @ für a) oder rückwärts geschriebene Wörter täuschen niemanden: Sie gehören zum Ersten, was ausprobiert wird.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="108"/>
        <source>Names, alone or with a year, are among the first things anyone trying to open the file would guess.</source>
        <translation>Namen, allein oder mit einer Jahreszahl, gehören zum Ersten, was jemand beim Öffnen der Datei errät.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="113"/>
        <source>A common word or two on their own are easy to guess.</source>
        <translation>Ein oder zwei gängige Wörter allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="115"/>
        <source>Words about this app or its work, like “group” or “facilitator”, are the first anyone would try here.</source>
        <translation>Wörter rund um diese App und ihre Arbeit, etwa „Gruppe“ oder „Facilitator“, probiert hier jeder zuerst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="120"/>
        <source>Keys next to each other on the keyboard, like “qwerty” or “asdfgh”, are tried early.</source>
        <translation>Nebeneinanderliegende Tasten wie „qwertz“ oder „asdfgh“ werden früh ausprobiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="125"/>
        <source>Repeated letters or words, like “aaaaaaaa”, add almost nothing.</source>
        <translation>Wiederholte Buchstaben oder Wörter wie „aaaaaaaa“ bringen fast nichts.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="127"/>
        <source>Sequences like “12345678” or “abcdef” are tried early.</source>
        <translation>Folgen wie „12345678“ oder „abcdef“ werden früh ausprobiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="129"/>
        <source>Dates and years, like a birthday, are easy to guess.</source>
        <translation>Daten und Jahreszahlen, etwa ein Geburtstag, sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="131"/>
        <source>A computer trying every possibility would find this before long.</source>
        <translation>Ein Computer, der alle Möglichkeiten durchprobiert, fände diese bald.</translation>
    </message>
</context>
<context>
    <name>PlanActualBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="43"/>
        <source>Planned and actual time per segment</source>
        <translation>Geplante und tatsächliche Zeit pro Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="49"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} von {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="87"/>
        <source>{name}: planned {planned}, took {actual} ({delta})</source>
        <translation>{name}: geplant {planned}, gedauert {actual} ({delta})</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="73"/>
        <source>Handout preview</source>
        <translation>Handout-Vorschau</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="94"/>
        <source>Updating the preview</source>
        <translation>Vorschau wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="127"/>
        <source>The preview could not be shown.</source>
        <translation>Die Vorschau konnte nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="297"/>
        <source>Your details on handouts</source>
        <translation>Ihre Angaben auf Handouts</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="299"/>
        <source>Your name as members know it</source>
        <translation>Ihr Name, wie die Mitglieder ihn kennen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="301"/>
        <source>Phone or email for members</source>
        <translation>Telefon oder E-Mail für Mitglieder</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="303"/>
        <source>e.g. Samaritans: 116 123, day or night</source>
        <translation>z. B. TelefonSeelsorge: 0800 111 0 111, rund um die Uhr</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="310"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="311"/>
        <source>Con&amp;tact:</source>
        <translation>Ko&amp;ntakt:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="312"/>
        <source>Support lin&amp;e:</source>
        <translation>H&amp;ilfsangebot:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="315"/>
        <source>Printed on ground rules and sign-in sheets, for every group.</source>
        <translation>Wird für alle Gruppen auf Gruppenregeln und Anwesenheitslisten gedruckt.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="25"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="26"/>
        <source>You have unsaved changes to {what}.</source>
        <translation>Es gibt ungespeicherte Änderungen für {what}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="27"/>
        <source>Save them before you go on?</source>
        <translation>Möchten Sie sie speichern, bevor Sie weitermachen?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="62"/>
        <source>{app} — recovery key</source>
        <translation>{app} – Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="63"/>
        <source>Made on {date}.</source>
        <translation>Erstellt am {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="64"/>
        <source>This key opens your workspace if the passphrase is forgotten. On the unlock screen choose “Use recovery key”, type the key (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>Dieser Schlüssel öffnet Ihren Arbeitsbereich, wenn die Passphrase vergessen wurde. Wählen Sie im Entsperren-Fenster „Wiederherstellungsschlüssel verwenden“, geben Sie den Schlüssel ein (Leerzeichen und Bindestriche spielen keine Rolle) und wählen Sie dann eine neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="69"/>
        <source>Anyone who has this paper can open your notes. Keep it locked away, not with the laptop.</source>
        <translation>Wer dieses Papier hat, kann Ihre Notizen öffnen. Bewahren Sie es verschlossen auf, nicht beim Laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="90"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="107"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="164"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="93"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="95"/>
        <source>If you ever forget your passphrase, this key opens the workspace and lets you choose a new one.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, öffnet dieser Schlüssel den Arbeitsbereich, und Sie können eine neue wählen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="115"/>
        <source>&lt;b&gt;This is the only time the key is shown.&lt;/b&gt; Print it or write it down now, and keep it somewhere safe away from this laptop. Anyone who has it can open your notes.</source>
        <translation>&lt;b&gt;Der Schlüssel wird nur dieses eine Mal angezeigt.&lt;/b&gt; Drucken Sie ihn aus oder schreiben Sie ihn jetzt auf, und bewahren Sie ihn sicher und getrennt von diesem Laptop auf. Wer ihn hat, kann Ihre Notizen öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="127"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="129"/>
        <source>Copy to paste into a password manager; cleared when this window closes</source>
        <translation>Zum Einfügen in einen Passwort-Manager kopieren; wird beim Schließen dieses Fensters gelöscht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="131"/>
        <source>I have &amp;stored it safely</source>
        <translation>Ich habe ihn &amp;sicher aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="166"/>
        <source>Print the recovery key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="173"/>
        <source>Copied. The clipboard is cleared when this window closes.</source>
        <translation>Kopiert. Die Zwischenablage wird beim Schließen dieses Fensters geleert.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEdit</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="26"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="45"/>
        <source>Type the recovery key you printed or wrote down when you set it up. Spaces, dashes and upper or lower case do not matter. Then choose a new passphrase.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Einrichten ausgedruckt oder aufgeschrieben haben. Leerzeichen, Bindestriche sowie Groß- und Kleinschreibung spielen keine Rolle. Wählen Sie dann eine neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="59"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="44"/>
        <source>real-time clock</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="45"/>
        <source>clock {n}× faster</source>
        <translation>Uhr {n}× schneller</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="51"/>
        <source>Rehearsal summary</source>
        <translation>Zusammenfassung des Probelaufs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="52"/>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="56"/>
        <source>Nothing of this rehearsal was kept: when this closes, it is gone.</source>
        <translation>Von diesem Probelauf wurde nichts gespeichert: Wenn Sie das hier schließen, ist er weg.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="79"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="89"/>
        <source>End the open session before rehearsing.</source>
        <translation>Beenden Sie das offene Treffen vor einem Probelauf.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="97"/>
        <source>Sample group</source>
        <translation>Beispielgruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="108"/>
        <source>Rehearsal open on invented members: mark who is here, then press Space. Nothing of it is kept.</source>
        <translation>Probelauf mit erfundenen Mitgliedern geöffnet: Tragen Sie ein, wer da ist, und drücken Sie dann die Leertaste. Nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="129"/>
        <source>Stop rehearsal</source>
        <translation>Probelauf abbrechen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="130"/>
        <source>Stop the rehearsal?</source>
        <translation>Den Probelauf abbrechen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="131"/>
        <source>Its clock never started. Nothing of it is kept.</source>
        <translation>Seine Uhr ist nie gestartet. Nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="132"/>
        <source>&amp;Stop rehearsal</source>
        <translation>Probelauf &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="137"/>
        <source>Rehearsal stopped. Nothing of it was kept.</source>
        <translation>Probelauf abgebrochen. Nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="140"/>
        <source>End rehearsal</source>
        <translation>Probelauf beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="141"/>
        <source>End the rehearsal now?</source>
        <translation>Den Probelauf jetzt beenden?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="142"/>
        <source>You see its summary once, then it is gone: nothing of a rehearsal is kept in History, attendance, follow-ups, notes or backups.</source>
        <translation>Sie sehen die Zusammenfassung einmal, dann ist er weg: Von einem Probelauf wird nichts im Verlauf, in der Anwesenheit, der Nachverfolgung, den Notizen oder den Sicherungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="146"/>
        <source>&amp;End rehearsal</source>
        <translation>Probelauf &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="154"/>
        <source>Rehearsal ended. Nothing of it was kept.</source>
        <translation>Probelauf beendet. Nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="160"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="161"/>
        <source>Quit in the middle of the rehearsal?</source>
        <translation>Mitten im Probelauf beenden?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="162"/>
        <source>Nothing of a rehearsal is kept: the next start will not offer it again.</source>
        <translation>Von einem Probelauf wird nichts gespeichert: Beim nächsten Start wird er nicht wieder angeboten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="198"/>
        <source>Rehearsal · invented members · {speed}. Nothing of it is kept: not in History, attendance, follow-ups, notes or backups.</source>
        <translation>Probelauf · erfundene Mitglieder · {speed}. Nichts davon wird gespeichert: nicht im Verlauf, in der Anwesenheit, der Nachverfolgung, den Notizen oder den Sicherungen.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="38"/>
        <source>The workspace file is missing from this folder and no backup was restored. Unlock again to look at the backups once more, or quit and start the app again to begin a new, empty workspace (the backups are kept).</source>
        <translation>Die Datei des Arbeitsbereichs fehlt in diesem Ordner, und es wurde keine Sicherung wiederhergestellt. Entsperren Sie erneut, um sich die Sicherungen noch einmal anzusehen, oder beenden Sie die App und starten Sie sie neu, um mit einem neuen, leeren Arbeitsbereich zu beginnen (die Sicherungen bleiben erhalten).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="52"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="80"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace missing</source>
        <translation>Arbeitsbereich fehlt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="53"/>
        <source>The workspace file is missing from this folder.</source>
        <translation>Die Datei des Arbeitsbereichs fehlt in diesem Ordner.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="55"/>
        <source>Its backups folder holds copies of a workspace. Restore the newest one that opens with your passphrase (you type it next), or start a new, empty workspace. The backups are kept either way.</source>
        <translation>Der Sicherungsordner enthält Kopien eines Arbeitsbereichs. Stellen Sie die neueste wieder her, die sich mit Ihrer Passphrase öffnen lässt (Sie geben sie als Nächstes ein), oder beginnen Sie mit einem neuen, leeren Arbeitsbereich. Die Sicherungen bleiben in jedem Fall erhalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="61"/>
        <source>&amp;Restore a backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="62"/>
        <source>&amp;Start a new workspace</source>
        <translation>&amp;Neuen Arbeitsbereich beginnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="81"/>
        <source>The workspace file is missing from this folder. Restore the backup made {made}?</source>
        <translation>Die Datei des Arbeitsbereichs fehlt in diesem Ordner. Die Sicherung vom {made} wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="84"/>
        <source>Changes made after the backup are not in it.</source>
        <translation>Änderungen nach dieser Sicherung sind nicht darin enthalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="86"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace damaged</source>
        <translation>Arbeitsbereich beschädigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="87"/>
        <source>This workspace is damaged. Restore the backup made {made}?</source>
        <translation>Dieser Arbeitsbereich ist beschädigt. Die Sicherung vom {made} wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="88"/>
        <source>The damaged file is kept beside it, renamed, in case it can be repaired. Changes made after the backup are not in it.</source>
        <translation>Die beschädigte Datei bleibt umbenannt daneben liegen, falls sie sich reparieren lässt. Änderungen nach der Sicherung sind nicht darin enthalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="98"/>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="110"/>
        <source>A newer backup, made {made}, is damaged and was skipped.</source>
        <translation>Eine neuere Sicherung vom {made} ist beschädigt und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="111"/>
        <source>A newer backup, made {made}, was skipped: the part that the passphrase opens is damaged.</source>
        <translation>Eine neuere Sicherung vom {made} wurde übersprungen: Der Teil, den die Passphrase öffnet, ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="115"/>
        <source>A newer backup, made {made}, does not open with this passphrase and was skipped.</source>
        <translation>Eine neuere Sicherung vom {made} lässt sich mit dieser Passphrase nicht öffnen und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="118"/>
        <source>A newer backup, made {made}, was saved by a newer version of the app and was skipped.</source>
        <translation>Eine neuere Sicherung vom {made} stammt von einer neueren Version der App und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="129"/>
        <source>The backup made {made} is damaged.</source>
        <translation>Die Sicherung vom {made} ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="130"/>
        <source>The backup made {made}: the part that the passphrase opens is damaged.</source>
        <translation>Die Sicherung vom {made}: Der Teil, den die Passphrase öffnet, ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="133"/>
        <source>The backup made {made} does not open with this passphrase.</source>
        <translation>Die Sicherung vom {made} lässt sich mit dieser Passphrase nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="134"/>
        <source>The backup made {made} was saved by a newer version of the app.</source>
        <translation>Die Sicherung vom {made} stammt von einer neueren Version der App.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="152"/>
        <source>… and %Ln older ones.</source>
        <translation>
            <numerusform>… und %Ln ältere.</numerusform>
            <numerusform>… und %Ln ältere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="158"/>
        <source>If you keep another copy (a backup or an export, on a USB stick for example), choose it: it is checked before anything is replaced.</source>
        <translation>Falls Sie eine weitere Kopie haben (eine Sicherung oder einen Export, zum Beispiel auf einem USB-Stick), wählen Sie sie aus: Sie wird geprüft, bevor etwas ersetzt wird.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="168"/>
        <source>None of the backups in this folder can be restored.</source>
        <translation>Keine der Sicherungen in diesem Ordner kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="170"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="178"/>
        <source>Choose a backup or an exported workspace</source>
        <translation>Sicherung oder exportierten Arbeitsbereich auswählen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="180"/>
        <source>Workspace files (*.db *.fdw);;All files (*)</source>
        <translation>Arbeitsbereich-Dateien (*.db *.fdw);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="26"/>
        <source>Interrupted session</source>
        <translation>Unterbrochenes Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="28"/>
        <source>A session of {group} was interrupted at {time}. Resume it?</source>
        <translation>Ein Treffen von {group} wurde um {time} unterbrochen. Fortsetzen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="33"/>
        <source>Nothing was lost. It waits, paused, until you press Space; a member who was speaking has their turn ended at {time}.</source>
        <translation>Nichts ging verloren. Es wartet pausiert, bis Sie die Leertaste drücken; bei einem Mitglied, das gerade sprach, endet der Redebeitrag um {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="38"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="39"/>
        <source>&amp;End it now</source>
        <translation>&amp;Jetzt beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="40"/>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>RoomBand</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="130"/>
        <source>Rehearsal · practice only</source>
        <translation>Probelauf · nur zur Übung</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="132"/>
        <source>The room display stays closed.</source>
        <translation>Die Raumanzeige bleibt geschlossen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="254"/>
        <source>Mirrored screens</source>
        <translation>Gespiegelte Bildschirme</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="255"/>
        <source>Another screen shows the same picture as yours.</source>
        <translation>Ein anderer Bildschirm zeigt dasselbe Bild wie Ihrer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="257"/>
        <source>A projector set to mirror shows the room your private panels: who is here, airtime, your notes. The room view can cover them, or a blank screen can. F11 or Esc brings your panels back.</source>
        <translation>Ein Projektor im Spiegelmodus zeigt dem Raum Ihre privaten Bedienfelder: wer da ist, Redezeit, Ihre Notizen. Die Raumansicht oder ein schwarzer Bildschirm kann sie verdecken. F11 oder Esc holt Ihre Bedienfelder zurück.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="263"/>
        <source>Show the &amp;room view</source>
        <translation>&amp;Raumansicht zeigen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="264"/>
        <source>&amp;Blank the screen</source>
        <translation>Bildschirm &amp;schwarz schalten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="279"/>
        <source>Room view on this screen · F11 or Esc: back to your panels</source>
        <translation>Raumansicht auf diesem Bildschirm · F11 oder Esc: zurück zu Ihren Bedienfeldern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="281"/>
        <source>Room view here and on the mirrored screen · F11 or Esc: back to your panels, which the room then sees · B: blank</source>
        <translation>Raumansicht hier und auf dem gespiegelten Bildschirm · F11 oder Esc: zurück zu Ihren Bedienfeldern, die der Raum dann sieht · B: schwarz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="289"/>
        <source>One screen: the room view fills it. F11 or Esc brings your panels back.</source>
        <translation>Ein Bildschirm: Die Raumansicht füllt ihn aus. F11 oder Esc holt Ihre Bedienfelder zurück.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="293"/>
        <source>Your screen is mirrored: the room view covers your panels. F11 or Esc brings them back, and the room sees them then.</source>
        <translation>Ihr Bildschirm wird gespiegelt: Die Raumansicht verdeckt Ihre Bedienfelder. F11 oder Esc holt sie zurück – dann sieht der Raum sie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="297"/>
        <source>Room display full screen on {screen}. F11 closes it.</source>
        <translation>Raumanzeige im Vollbild auf {screen}. F11 schließt sie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="298"/>
        <source>the other screen</source>
        <translation>dem anderen Bildschirm</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="301"/>
        <source>Careful: {screen} mirrors your screen, so the room sees your panels there.</source>
        <translation>Achtung: {screen} spiegelt Ihren Bildschirm, der Raum sieht dort also Ihre Bedienfelder.</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="137"/>
        <source>Room display</source>
        <translation>Raumanzeige</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="163"/>
        <source>Time left in this segment</source>
        <translation>Verbleibende Zeit in diesem Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="196"/>
        <source>Now speaking</source>
        <translation>Es spricht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="193"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="197"/>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="43"/>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Starting soon</source>
        <translation>Gleich geht es los</translation>
    </message>
</context>
<context>
    <name>RoomVoice</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="98"/>
        <source>{name} speaking now</source>
        <translation>{name} spricht jetzt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="100"/>
        <source>Member {number} speaking now</source>
        <translation>Mitglied {number} spricht jetzt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="104"/>
        <source>{segment}, over time</source>
        <translation>{segment}, Zeit überschritten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="105"/>
        <source>{segment}, {left}</source>
        <translation>{segment}, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="107"/>
        <source>Nearly done, {left}</source>
        <translation>Fast vorbei, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="109"/>
        <source>Over time</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="115"/>
        <source>no time left</source>
        <translation>keine Zeit mehr</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="116"/>
        <source>{minutes} left</source>
        <translation>noch {minutes}</translation>
    </message>
</context>
<context>
    <name>RuleCardEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="49"/>
        <source>A few words, e.g. “One voice at a time”</source>
        <translation>Ein paar Wörter, z. B. „Eine Stimme nach der anderen“</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="54"/>
        <source>Title length</source>
        <translation>Länge des Titels</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="62"/>
        <source>The rule as one plain sentence.</source>
        <translation>Die Regel als ein einfacher Satz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="67"/>
        <source>Optional: why this rule helps the group.</source>
        <translation>Optional: warum diese Regel der Gruppe hilft.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="71"/>
        <source>Reason length</source>
        <translation>Länge der Begründung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="84"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="88"/>
        <source>S&amp;tatement:</source>
        <translation>&amp;Aussage:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="90"/>
        <source>Wh&amp;y:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="167"/>
        <source>Keep the reason under %Ln characters (this one has {n}): it prints under the rule on cards and handouts.</source>
        <translation>
            <numerusform>Halten Sie die Begründung unter %Ln Zeichen (diese hat {n}): Sie wird auf Karten und Handouts unter die Regel gedruckt.</numerusform>
            <numerusform>Halten Sie die Begründung unter %Ln Zeichen (diese hat {n}): Sie wird auf Karten und Handouts unter die Regel gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="180"/>
        <source>Give the card a short title.</source>
        <translation>Geben Sie der Karte einen kurzen Titel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="183"/>
        <source>Titles are at most %Ln characters (this one has {n}).</source>
        <translation>
            <numerusform>Titel haben höchstens %Ln Zeichen (dieser hat {n}).</numerusform>
            <numerusform>Titel haben höchstens %Ln Zeichen (dieser hat {n}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="193"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Schreiben Sie die Regel als einen einfachen Satz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="196"/>
        <source>Keep the statement under {max} characters.</source>
        <translation>Halten Sie die Aussage unter {max} Zeichen.</translation>
    </message>
</context>
<context>
    <name>RuleCardListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="57"/>
        <source>(untitled card)</source>
        <translation>(Karte ohne Titel)</translation>
    </message>
</context>
<context>
    <name>RuleCardsOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="130"/>
        <source>Cut-out cards</source>
        <translation>Karten zum Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="131"/>
        <source>Folded table tents</source>
        <translation>Gefaltete Tischaufsteller</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="133"/>
        <source>Table tents fold across the middle and stand on the table, readable from both sides.</source>
        <translation>Tischaufsteller werden in der Mitte gefaltet und stehen auf dem Tisch, von beiden Seiten lesbar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="142"/>
        <source>Show the “why” u&amp;nder each rule</source>
        <translation>„&amp;Warum“ unter jeder Regel zeigen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="145"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="146"/>
        <source>C&amp;ards per page:</source>
        <translation>&amp;Karten pro Seite:</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="60"/>
        <source>Rule set version</source>
        <translation>Version der Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="62"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="70"/>
        <source>Print ground rules…</source>
        <translation>Regeln drucken…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="72"/>
        <source>Print rule cards…</source>
        <translation>Karten drucken…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="82"/>
        <source>Rule card library</source>
        <translation>Bibliothek der Regelkarten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="90"/>
        <source>&amp;Add to rule set  →</source>
        <translation>Hinzu&amp;fügen  →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="91"/>
        <source>Add the selected library card (Enter)</source>
        <translation>Die ausgewählte Karte aus der Bibliothek hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="96"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="106"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="124"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="255"/>
        <source>Rule set</source>
        <translation>Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="108"/>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Zum Umsortieren ziehen oder Alt+↑ und Alt+↓ verwenden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="110"/>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="111"/>
        <source>Move the card up (Alt+Up)</source>
        <translation>Karte nach oben verschieben (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="113"/>
        <source>Move &amp;down</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="114"/>
        <source>Move the card down (Alt+Down)</source>
        <translation>Karte nach unten verschieben (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="116"/>
        <source>&amp;New card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="117"/>
        <source>Write a card of your own (Ctrl+N)</source>
        <translation>Eine eigene Karte schreiben (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="119"/>
        <source>&amp;Retire card</source>
        <translation>He&amp;rausnehmen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="121"/>
        <source>Leave this card out of the next version; earlier versions keep it.</source>
        <translation>Diese Karte in der nächsten Version weglassen; frühere Versionen behalten sie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="141"/>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="142"/>
        <source>Save the rule set as a new version (Ctrl+S)</source>
        <translation>Die Gruppenregeln als neue Version speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="147"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="162"/>
        <source>Create a group on the Groups page first; its ground rules are set here.</source>
        <translation>Legen Sie zuerst auf der Seite „Gruppen“ eine Gruppe an; ihre Gruppenregeln werden hier festgelegt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="192"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="197"/>
        <source>the rule set</source>
        <translation>die Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="235"/>
        <source>Working copy (based on version {n})</source>
        <translation>Entwurf (auf Basis von Version {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="237"/>
        <source>Working copy (not saved yet)</source>
        <translation>Entwurf (noch nicht gespeichert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="241"/>
        <source>Version {n} · {date} · %Ln cards</source>
        <translation>
            <numerusform>Version {n} · {date} · %Ln Karte</numerusform>
            <numerusform>Version {n} · {date} · %Ln Karten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="245"/>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="263"/>
        <source>You are looking at version {n} from {date}, read-only. Pick “Working copy” to edit the rules.</source>
        <translation>Sie sehen Version {n} vom {date}, schreibgeschützt. Wählen Sie „Entwurf“, um die Regeln zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="272"/>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="322"/>
        <source>Unsaved changes to the rule set</source>
        <translation>Ungespeicherte Änderungen an den Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="326"/>
        <source>Version {n} is current.</source>
        <translation>Version {n} ist aktuell.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="330"/>
        <source>No rule set yet: add cards from the library.</source>
        <translation>Noch keine Gruppenregeln: Fügen Sie Karten aus der Bibliothek hinzu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="339"/>
        <source>Ground rules of {group}</source>
        <translation>Gruppenregeln von {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="397"/>
        <source>That card is already in the rule set.</source>
        <translation>Diese Karte ist schon in den Gruppenregeln.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="425"/>
        <source>Card retired from the working set; earlier versions keep it.</source>
        <translation>Karte aus dem Entwurf herausgenommen; frühere Versionen behalten sie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="479"/>
        <source>Card {n} needs attention before saving.</source>
        <translation>Karte {n} muss vor dem Speichern überprüft werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="494"/>
        <source>No changes: version {n} stays current.</source>
        <translation>Keine Änderungen: Version {n} bleibt aktuell.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="496"/>
        <source>Saved as version {n}.</source>
        <translation>Als Version {n} gespeichert.</translation>
    </message>
</context>
<context>
    <name>RulesRail</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="24"/>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="26"/>
        <source>Rule cards</source>
        <translation>Regelkarten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="31"/>
        <source>Show  R</source>
        <translation>Zeigen  R</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="32"/>
        <source>Show the selected card on the room display (R then its number)</source>
        <translation>Ausgewählte Karte auf der Raumanzeige zeigen (R, dann ihre Nummer)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide  Esc</source>
        <translation>Ausblenden  Esc</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide the card from the room display (Esc)</source>
        <translation>Karte auf der Raumanzeige ausblenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="65"/>
        <source>No rule cards yet (Rules page).</source>
        <translation>Noch keine Regelkarten (Seite „Regeln“).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="90"/>
        <source>On the room display: {title}</source>
        <translation>Auf der Raumanzeige: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="93"/>
        <source>No card on the room display.</source>
        <translation>Keine Karte auf der Raumanzeige.</translation>
    </message>
</context>
<context>
    <name>RunnerKeys</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="24"/>
        <source>Session and timer</source>
        <translation>Treffen und Timer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="25"/>
        <source>Who speaks</source>
        <translation>Wer spricht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="26"/>
        <source>Room display</source>
        <translation>Raumanzeige</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="27"/>
        <source>Attendance, notes and the rest</source>
        <translation>Anwesenheit, Notizen und Sonstiges</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="87"/>
        <source>Show rule card 1–9 (R alone or R R: the selected card)</source>
        <translation>Regelkarte 1–9 zeigen (R allein oder R R: die ausgewählte Karte)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="99"/>
        <source>Hide the rule card; cancel a number; leave a list</source>
        <translation>Regelkarte ausblenden; Nummer abbrechen; Liste verlassen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="107"/>
        <source>Blank the room display at once; B again shows it</source>
        <translation>Raumanzeige sofort ausblenden; erneut B: wieder zeigen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="117"/>
        <source>Open or close the room display</source>
        <translation>Raumanzeige öffnen oder schließen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="128"/>
        <source>Start, pause or resume the session</source>
        <translation>Treffen starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="135"/>
        <source>Next segment (after the last: end the session)</source>
        <translation>Nächster Abschnitt (nach dem letzten: Treffen beenden)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="142"/>
        <source>Previous segment</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="149"/>
        <source>One more minute for this segment</source>
        <translation>Eine Minute mehr für diesen Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="156"/>
        <source>Five more minutes for this segment</source>
        <translation>Fünf Minuten mehr für diesen Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="164"/>
        <source>Next speaker (the second key: a clicker's forward)</source>
        <translation>Nächste Person (die zweite Taste: „Weiter“ am Presenter)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="172"/>
        <source>Back to the previous speaker (a clicker's back): a stray next leaves no turn</source>
        <translation>Zurück zur vorigen Person („Zurück“ am Presenter): ein Fehlklick zählt nicht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="183"/>
        <source>Pass: the member whose turn it is passes</source>
        <translation>Passen: Das Mitglied, das an der Reihe ist, passt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="191"/>
        <source>“Come back to me”: the speaker goes to the round's end</source>
        <translation>„Später bitte“: Die sprechende Person rückt ans Ende der Runde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="201"/>
        <source>End the turn without calling anyone</source>
        <translation>Redebeitrag beenden, ohne jemanden aufzurufen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="209"/>
        <source>In a round: the speaker's check-in score, S then the number (only you see it)</source>
        <translation>In einer Runde: Stimmungswert der sprechenden Person, S, dann die Zahl (nur Sie sehen ihn)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="220"/>
        <source>Move the selected member up the queue</source>
        <translation>Ausgewähltes Mitglied auf der Redeliste nach oben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="227"/>
        <source>Move the selected member down the queue</source>
        <translation>Ausgewähltes Mitglied auf der Redeliste nach unten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="237"/>
        <source>Names on the room display: aliases, initials, none</source>
        <translation>Namen auf der Raumanzeige: Rufnamen, Initialen, keine</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="248"/>
        <source>Attendance of member 1–9: Here, Late, Left early … (M, ↑↓, Enter: anyone)</source>
        <translation>Anwesenheit von Mitglied 1–9: Anwesend, Verspätet … (M, ↑↓, Eingabe: alle)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="260"/>
        <source>Write a quick note: Enter saves it, Esc goes back</source>
        <translation>Schnellnotiz: Eingabe speichert, Esc geht zurück</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="268"/>
        <source>Show these keys</source>
        <translation>Diese Tasten anzeigen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="280"/>
        <source>This member joins the queue; before a round they start it, speaking</source>
        <translation>Mitglied kommt auf die Redeliste; vor einer Runde beginnt es sie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="290"/>
        <source>Members from 10 up: 0 then two digits (0 1 2: member 12)</source>
        <translation>Mitglieder ab 10: 0, dann zwei Ziffern (0 1 2: Mitglied 12)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="298"/>
        <source>In the queue: take the selected member out</source>
        <translation>Auf der Redeliste: ausgewähltes Mitglied herausnehmen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="303"/>
        <source>Everyone not marked yet is here</source>
        <translation>Alle noch nicht Eingetragenen sind da</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="309"/>
        <source>Next list: agenda, queue, attendance, rule cards, note</source>
        <translation>Nächste Liste: Ablauf, Redeliste, Anwesenheit, Regelkarten, Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="317"/>
        <source>Lock: the room display keeps only the timer</source>
        <translation>Sperren: Die Raumanzeige zeigt nur noch den Timer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="322"/>
        <source>Quit (asks first while a session is open)</source>
        <translation>Beenden (fragt nach, solange ein Treffen offen ist)</translation>
    </message>
    <message>
        <source>Next speaker (PgDn: a clicker's forward)</source>
        <translation type="vanished">Nächste Person (Bild↓: „Weiter“ am Presenter)</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="94"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="222"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="138"/>
        <source>Open a session first (Space).</source>
        <translation>Öffnen Sie zuerst ein Treffen (Leertaste).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="97"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="141"/>
        <source>Press Space to start the session first.</source>
        <translation>Drücken Sie zuerst die Leertaste, um das Treffen zu starten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="127"/>
        <source>This is the first segment.</source>
        <translation>Dies ist der erste Abschnitt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="144"/>
        <source>%Ln more minutes for this segment.</source>
        <translation>
            <numerusform>%Ln Minute mehr für diesen Abschnitt.</numerusform>
            <numerusform>%Ln Minuten mehr für diesen Abschnitt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="157"/>
        <source>The round is complete. → moves on to the next segment.</source>
        <translation>Die Runde ist vollständig. → geht zum nächsten Abschnitt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="159"/>
        <source>Mark who is here first (M, or All present).</source>
        <translation>Tragen Sie zuerst ein, wer da ist (M oder „Alle anwesend“).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="161"/>
        <source>Nobody is waiting. A member's number adds them to the queue.</source>
        <translation>Niemand wartet. Die Nummer eines Mitglieds setzt es auf die Redeliste.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="174"/>
        <source>“Come back to me” is for rounds; in open discussion use N.</source>
        <translation>„Später bitte“ gibt es nur in Runden; im offenen Gespräch N verwenden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="181"/>
        <source>Nobody is speaking.</source>
        <translation>Niemand spricht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="194"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>In diesem Abschnitt hat noch niemand gesprochen: Es gibt niemanden, zu dem es zurückgeht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="198"/>
        <source>{name} is no longer here: nobody to go back to.</source>
        <translation>{name} ist nicht mehr da: Es gibt niemanden, zu dem es zurückgeht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="217"/>
        <source>Nobody has number {n}: the numbers go from 1 to {last}.</source>
        <translation>Niemand hat die Nummer {n}: Die Nummern gehen von 1 bis {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="249"/>
        <source>Mark {name} as here first (M {n}, or a click on their status).</source>
        <translation>Tragen Sie {name} zuerst als anwesend ein (M {n} oder ein Klick auf den Status).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="256"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} ist schon auf der Redeliste.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="262"/>
        <source>The round is under way: N calls the next member.</source>
        <translation>Die Runde läuft: N ruft das nächste Mitglied auf.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="299"/>
        <source>A round goes in seat order; the queue of an open discussion moves.</source>
        <translation>Eine Runde geht nach Sitzordnung; umstellen lässt sich nur die Redeliste eines offenen Gesprächs.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="304"/>
        <source>Choose a member in the queue first (a number, or Tab and ↑↓).</source>
        <translation>Wählen Sie zuerst ein Mitglied auf der Redeliste (eine Nummer oder Tab und ↑↓).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="318"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="327"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="340"/>
        <source>This group has no rule cards yet.</source>
        <translation>Diese Gruppe hat noch keine Regelkarten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="336"/>
        <source>No rule card {n}: this group's cards go from 1 to {last}.</source>
        <translation>Keine Regelkarte {n}: Die Karten dieser Gruppe gehen von 1 bis {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="356"/>
        <source>The card shows when the room display is open (F11).</source>
        <translation>Die Karte erscheint, wenn die Raumanzeige geöffnet ist (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="389"/>
        <source>The room display is not open (F11).</source>
        <translation>Die Raumanzeige ist nicht geöffnet (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="399"/>
        <source>The room display shows aliases.</source>
        <translation>Die Raumanzeige zeigt Rufnamen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="400"/>
        <source>The room display shows initials.</source>
        <translation>Die Raumanzeige zeigt Initialen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="401"/>
        <source>The room display shows no names.</source>
        <translation>Die Raumanzeige zeigt keine Namen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="29"/>
        <source>here</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="30"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="31"/>
        <source>left early</source>
        <translation>früher gegangen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="32"/>
        <source>excused</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="33"/>
        <source>absent</source>
        <translation>abwesend ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="71"/>
        <source>{name} is already marked {status}: nothing changed.</source>
        <translation>{name} ist bereits als {status} eingetragen: nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="78"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="92"/>
        <source>came at {time}</source>
        <translation>kam um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="94"/>
        <source>left at {time}</source>
        <translation>ging um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="96"/>
        <source>Change attendance</source>
        <translation>Anwesenheit ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="97"/>
        <source>Mark {name} {status}?</source>
        <translation>{name} als {status} eintragen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="98"/>
        <source>{name} {times}; that time is removed from the record.</source>
        <translation>{name} {times}; diese Angabe wird aus dem Eintrag entfernt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="99"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="101"/>
        <source>&amp;Change it</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="115"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Ein Stimmungswert geht in dieser Gruppe von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="127"/>
        <source>Check-in score for {name}: {score}.</source>
        <translation>Stimmungswert für {name}: {score}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="129"/>
        <source>Check-in score for {name}: {score} (as before).</source>
        <translation>Stimmungswert für {name}: {score} (wie zuvor).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="131"/>
        <source>Check-in score for {name}: {score}, replacing {previous}.</source>
        <translation>Stimmungswert für {name}: {score}, ersetzt {previous}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="147"/>
        <source>Check-in scores are recorded in rounds, from the member speaking.</source>
        <translation>Stimmungswerte werden in Runden erfasst, von der Person, die gerade spricht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="151"/>
        <source>Nobody has spoken in this round yet: a score goes to the speaker.</source>
        <translation>In dieser Runde hat noch niemand gesprochen: Ein Wert gilt für die sprechende Person.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="63"/>
        <source>Choose or create a group first.</source>
        <translation>Wählen Sie zuerst eine Gruppe aus oder legen Sie eine an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="66"/>
        <source>Session open. Mark who is here, then press Space to start.</source>
        <translation>Treffen geöffnet. Tragen Sie ein, wer da ist, und drücken Sie dann die Leertaste, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="96"/>
        <source>Session resumed. It waits, paused: press Space to go on.</source>
        <translation>Treffen wieder aufgenommen. Es wartet pausiert: Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="111"/>
        <source>End the interrupted session</source>
        <translation>Unterbrochenes Treffen beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="112"/>
        <source>End it now, as it was when it stopped?</source>
        <translation>Jetzt beenden, so wie es beim Abbruch war?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="113"/>
        <source>It is saved to the history; members not marked count as absent.</source>
        <translation>Es wird im Verlauf gespeichert; nicht eingetragene Mitglieder zählen als abwesend ohne Abmeldung.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="114"/>
        <source>&amp;End it</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="120"/>
        <source>The interrupted session was ended and saved to the history.</source>
        <translation>Das unterbrochene Treffen wurde beendet und im Verlauf gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="138"/>
        <source>Discard session</source>
        <translation>Treffen verwerfen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="139"/>
        <source>Discard this session?</source>
        <translation>Dieses Treffen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="140"/>
        <source>It never started, so nothing is kept (attendance marked is dropped).</source>
        <translation>Es hat nie begonnen, daher wird nichts gespeichert (die eingetragene Anwesenheit wird verworfen).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="141"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="145"/>
        <source>Session discarded.</source>
        <translation>Treffen verworfen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="148"/>
        <source>End session</source>
        <translation>Treffen beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="149"/>
        <source>End the session now?</source>
        <translation>Das Treffen jetzt beenden?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="150"/>
        <source>It becomes history: planned and actual times, attendance and turns are saved. Members not marked count as absent.</source>
        <translation>Es wird Teil des Verlaufs: Geplante und tatsächliche Zeiten, Anwesenheit und Redebeiträge werden gespeichert. Nicht eingetragene Mitglieder zählen als abwesend ohne Abmeldung.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="154"/>
        <source>&amp;End session</source>
        <translation>Treffen &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="173"/>
        <source>It has not started: the next start offers it again, or you can discard it.</source>
        <translation>Es hat noch nicht begonnen: Beim nächsten Start wird es wieder angeboten, oder Sie verwerfen es.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="177"/>
        <source>The session stays open: the next start offers to resume it, paused where you quit. To save it to the history, end the session instead.</source>
        <translation>Das Treffen bleibt offen: Beim nächsten Start wird angeboten, es fortzusetzen, pausiert an der Stelle, an der Sie beendet haben. Um es im Verlauf zu speichern, beenden Sie stattdessen das Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="184"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="185"/>
        <source>Quit while a session is open?</source>
        <translation>Beenden, während ein Treffen offen ist?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/page.py" line="192"/>
        <source>Session</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="52"/>
        <source>Soft chime when a segment ends</source>
        <translation>Leiser Ton am Abschnittsende</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="54"/>
        <source>A soft chime when a segment's time runs out (off: silent)</source>
        <translation>Ein leiser Ton, wenn die Zeit eines Abschnitts abläuft (aus: still)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="58"/>
        <source>Five more minutes for this segment (F)</source>
        <translation>Fünf Minuten mehr für diesen Abschnitt (F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="61"/>
        <source>Airtime · only you see this</source>
        <translation>Redezeit · nur für Sie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="63"/>
        <source>Nobody present yet.</source>
        <translation>Noch niemand anwesend.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="122"/>
        <source>Run a group's session: timer, talking order, rule cards and notes.</source>
        <translation>Das Treffen einer Gruppe leiten: Timer, Redereihenfolge, Regelkarten und Notizen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="157"/>
        <source>A session of {group} was interrupted at {time}.</source>
        <translation>Ein Treffen von {group} wurde um {time} unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="222"/>
        <source>{group} · opened {time} · {present} here</source>
        <translation>{group} · geöffnet um {time} · {present} da</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="39"/>
        <source>Safety number: {digits}</source>
        <translation>Sicherheitsnummer: {digits}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="47"/>
        <source>the twelve digits, e.g. 0412 7730 9921</source>
        <translation>die zwölf Ziffern, z. B. 0412 7730 9921</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="48"/>
        <source>The safety number you compared</source>
        <translation>Die Sicherheitsnummer, die Sie verglichen haben</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="21"/>
        <source>Not saved yet: the disk is full. Kept here; saved when there is room.</source>
        <translation>Noch nicht gespeichert: Der Datenträger ist voll. Hier aufbewahrt; wird gespeichert, sobald Platz ist.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="23"/>
        <source>Not saved yet: the data folder is read-only. Kept here; saved when it can be written again.</source>
        <translation>Noch nicht gespeichert: Der Datenordner ist schreibgeschützt. Hier aufbewahrt; wird gespeichert, sobald er wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="28"/>
        <source>Not saved yet: the workspace key is being changed. Kept here; saved in a moment.</source>
        <translation>Noch nicht gespeichert: Der Schlüssel des Arbeitsbereichs wird gerade geändert. Hier aufbewahrt; wird gleich gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="31"/>
        <source>Not saved yet: the disk could not be written. Kept here; saved when it works again.</source>
        <translation>Noch nicht gespeichert: Auf den Datenträger konnte nicht geschrieben werden. Hier aufbewahrt; wird gespeichert, sobald es wieder geht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="37"/>
        <source>Saved now: everything kept here is stored. Nothing was lost.</source>
        <translation>Jetzt gespeichert: Alles hier Aufbewahrte ist gesichert. Nichts ging verloren.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="41"/>
        <source>The session has ended. It goes to the history as soon as it can be saved; keep the app open until then.</source>
        <translation>Das Treffen ist beendet. Es kommt in den Verlauf, sobald es gespeichert werden kann; lassen Sie die App bis dahin geöffnet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="48"/>
        <source>Some changes from the room are not saved yet (they could not be written): quitting now loses them.</source>
        <translation>Einige Änderungen aus dem Raum sind noch nicht gespeichert (sie konnten nicht geschrieben werden): Wenn Sie jetzt beenden, gehen sie verloren.</translation>
    </message>
</context>
<context>
    <name>ScoreStrip</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="67"/>
        <source>Check-in score</source>
        <translation>Stimmungswert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in</source>
        <translation>Anfangsrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in · {name}</source>
        <translation>Anfangsrunde · {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="84"/>
        <source>The speaker's self-rating</source>
        <translation>Selbsteinschätzung der sprechenden Person</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="85"/>
        <source>S then the number, or a click. Only you see it.</source>
        <translation>S, dann die Zahl, oder ein Klick. Nur Sie sehen den Wert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="92"/>
        <source>Check-in score of {name}: {score} (S {score})</source>
        <translation>Stimmungswert von {name}: {score} (S {score})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="96"/>
        <source>A score goes to the member speaking (S then the number).</source>
        <translation>Ein Wert gilt für das sprechende Mitglied (S, dann die Zahl).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="108"/>
        <source>Check-in score {score}</source>
        <translation>Stimmungswert {score}</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Add a segment</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Change a segment</source>
        <translation>Abschnitt ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="49"/>
        <source>e.g. Closing round</source>
        <translation>z. B. Abschlussrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="52"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="56"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="59"/>
        <source>Round: everyone in seat order</source>
        <translation>Runde: alle nach Sitzordnung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="60"/>
        <source>Open: raise a hand to join the queue</source>
        <translation>Offen: Handzeichen, dann auf die Redeliste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="67"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="69"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="102"/>
        <source>Give the segment a name, e.g. “Check-out”.</source>
        <translation>Geben Sie dem Abschnitt einen Namen, z. B. „Abschlussrunde“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="105"/>
        <source>Enter how many minutes the segment takes.</source>
        <translation>Geben Sie ein, wie viele Minuten der Abschnitt dauert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="107"/>
        <source>Enter whole minutes as a number, e.g. 10.</source>
        <translation>Geben Sie ganze Minuten als Zahl ein, z. B. 10.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="109"/>
        <source>A segment needs at least 1 minute.</source>
        <translation>Ein Abschnitt braucht mindestens 1 Minute.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="111"/>
        <source>A segment can be at most {max} minutes.</source>
        <translation>Ein Abschnitt darf höchstens {max} Minuten dauern.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="178"/>
        <source>A session is already open.</source>
        <translation>Es ist bereits ein Treffen geöffnet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="201"/>
        <source>End the open session before resuming another.</source>
        <translation>Beenden Sie das offene Treffen, bevor Sie ein anderes fortsetzen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="209"/>
        <source>This session's record cannot be read back to resume it.</source>
        <translation>Die Aufzeichnung dieses Treffens lässt sich nicht zurücklesen; es kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="321"/>
        <source>Open a session first.</source>
        <translation>Öffnen Sie zuerst ein Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="324"/>
        <source>First say whether the laptop's sleep counts as session time.</source>
        <translation>Geben Sie zuerst an, ob der Ruhezustand des Laptops als Zeit des Treffens zählt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="436"/>
        <source>Counted as session time: {duration} of sleep. A turn under way ended when the laptop went to sleep.</source>
        <translation>Als Zeit des Treffens gezählt: {duration} Ruhezustand. Ein laufender Redebeitrag endete, als der Laptop in den Ruhezustand ging.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="441"/>
        <source>Not counted: {duration} of sleep. The clock goes on from where it stopped.</source>
        <translation>Nicht gezählt: {duration} Ruhezustand. Die Uhr läuft dort weiter, wo sie stehen geblieben ist.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="477"/>
        <source>The laptop slept for {duration} while the session was paused.</source>
        <translation>Der Laptop war {duration} im Ruhezustand, während das Treffen pausiert war.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="479"/>
        <source>The laptop slept for {duration} before the session started.</source>
        <translation>Der Laptop war {duration} im Ruhezustand, bevor das Treffen begann.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="23"/>
        <source>End the turn under way first.</source>
        <translation>Beenden Sie zuerst den laufenden Redebeitrag.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="24"/>
        <source>Nobody is speaking.</source>
        <translation>Niemand spricht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="25"/>
        <source>Nobody is marked present yet.</source>
        <translation>Noch niemand ist als anwesend markiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="26"/>
        <source>The round is complete: it is nobody's turn to pass.</source>
        <translation>Die Runde ist vollständig: Niemand ist an der Reihe, um zu passen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="27"/>
        <source>Nobody else is waiting in this round.</source>
        <translation>In dieser Runde wartet sonst niemand mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="28"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>In diesem Abschnitt hat noch niemand gesprochen: Es gibt niemanden, zu dem es zurückgeht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="29"/>
        <source>The round has not started yet.</source>
        <translation>Die Runde hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="30"/>
        <source>No segment is running.</source>
        <translation>Es läuft kein Abschnitt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="31"/>
        <source>That is for rounds; this segment is an open discussion.</source>
        <translation>Das gibt es nur in Runden; dieser Abschnitt ist ein offenes Gespräch.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="32"/>
        <source>That is for open discussion; this segment is a round.</source>
        <translation>Das gibt es nur im offenen Gespräch; dieser Abschnitt ist eine Runde.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="33"/>
        <source>{name} is not marked present.</source>
        <translation>{name} ist nicht als anwesend markiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="34"/>
        <source>{name} is not the one speaking.</source>
        <translation>{name} spricht gerade nicht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="35"/>
        <source>{name} is not waiting in the queue.</source>
        <translation>{name} steht nicht auf der Redeliste.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="36"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} ist schon auf der Redeliste.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="37"/>
        <source>{name} is already in the round.</source>
        <translation>{name} ist schon in der Runde.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="38"/>
        <source>{name} is speaking: end their turn before they leave.</source>
        <translation>{name} spricht gerade: Beenden Sie den Redebeitrag, bevor die Person geht.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="39"/>
        <source>This is the first segment.</source>
        <translation>Dies ist der erste Abschnitt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="40"/>
        <source>That segment is already the current one.</source>
        <translation>Dieser Abschnitt läuft bereits.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="41"/>
        <source>The session has not started yet: Space starts it.</source>
        <translation>Das Treffen hat noch nicht begonnen: Die Leertaste startet es.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="42"/>
        <source>The session is already running.</source>
        <translation>Das Treffen läuft bereits.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="43"/>
        <source>The session is paused: Space resumes it.</source>
        <translation>Das Treffen ist pausiert: Die Leertaste setzt es fort.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="44"/>
        <source>The session has ended.</source>
        <translation>Das Treffen ist beendet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="45"/>
        <source>A segment's planned time cannot go below zero.</source>
        <translation>Die geplante Zeit eines Abschnitts kann nicht unter null sinken.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="46"/>
        <source>An agenda needs at least one segment.</source>
        <translation>Ein Ablauf braucht mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="47"/>
        <source>A segment needs a name.</source>
        <translation>Ein Abschnitt braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="56"/>
        <source>That is not possible right now.</source>
        <translation>Das ist gerade nicht möglich.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Open or close the room display (F11)</source>
        <translation>Raumanzeige öffnen oder schließen (F11)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Room display  F11</source>
        <translation>Raumanzeige  F11</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="24"/>
        <source>Blank  B</source>
        <translation>Schwarz  B</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="25"/>
        <source>Blank the room display at once; again to restore (B)</source>
        <translation>Raumanzeige sofort ausblenden; noch einmal zum Wiederherstellen (B)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="30"/>
        <source>Names: aliases</source>
        <translation>Namen: Rufnamen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="31"/>
        <source>Names: initials</source>
        <translation>Namen: Initialen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="32"/>
        <source>Names: none</source>
        <translation>Namen: keine</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="33"/>
        <source>How the room display names members</source>
        <translation>Wie die Raumanzeige Mitglieder nennt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="34"/>
        <source>Names on the room display</source>
        <translation>Namen auf der Raumanzeige</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Keys  ?</source>
        <translation>Tasten  ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Show all keys (?)</source>
        <translation>Alle Tasten anzeigen (?)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End session…</source>
        <translation>Treffen beenden…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End the session and see its summary</source>
        <translation>Das Treffen beenden und seine Zusammenfassung sehen</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="118"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="119"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="120"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="121"/>
        <source>Segments</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="122"/>
        <source>Overruns</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="126"/>
        <source>When the session started (✎ = corrected afterwards)</source>
        <translation>Beginn des Treffens (✎ = nachträglich korrigiert)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="127"/>
        <source>How long it ran</source>
        <translation>Wie lange es dauerte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="128"/>
        <source>Members present, late or leaving early (+ guests)</source>
        <translation>Anwesende, verspätete oder früher gegangene Mitglieder (+ Gäste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="129"/>
        <source>Agenda segments</source>
        <translation>Abschnitte des Ablaufs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="130"/>
        <source>Segments that ran more than a minute over their plan</source>
        <translation>Abschnitte, die mehr als eine Minute über Plan lagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="172"/>
        <source>{date}, started {clock}</source>
        <translation>{date}, Beginn {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="176"/>
        <source>✎ Corrected afterwards: open it to see what changed.</source>
        <translation>✎ Nachträglich korrigiert: Öffnen Sie es, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="179"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} von {planned} geplant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="183"/>
        <source>{members} and {guests}</source>
        <translation>{members} und {guests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="187"/>
        <source>%Ln of {m} segments ran over</source>
        <translation>
            <numerusform>%Ln von {m} Abschnitten überzogen</numerusform>
            <numerusform>%Ln von {m} Abschnitten überzogen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="36"/>
        <source>Session notes to sign</source>
        <translation>Zu signierende Protokolle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="47"/>
        <source>Session of {date}</source>
        <translation>Treffen vom {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="48"/>
        <source>The note of the session of {date} is not signed, %Ln day(s) on.</source>
        <translation>
            <numerusform>Das Protokoll des Treffens vom {date} ist nach %Ln Tag noch nicht signiert.</numerusform>
            <numerusform>Das Protokoll des Treffens vom {date} ist nach %Ln Tagen noch nicht signiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="56"/>
        <source>Open the session note</source>
        <translation>Protokoll des Treffens öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="60"/>
        <source>&amp;Open the note</source>
        <translation>Protokoll ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="25"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="26"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="27"/>
        <source>left early</source>
        <translation>früher gegangen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="28"/>
        <source>excused</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="29"/>
        <source>absent without notice</source>
        <translation>ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="42"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} von {planned} geplant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="50"/>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="72"/>
        <source>late, came {time}</source>
        <translation>verspätet, kam um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="75"/>
        <source>left {time}</source>
        <translation>ging um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="82"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} von {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="93"/>
        <source>{name}: {turns}; nobody passed</source>
        <translation>{name}: {turns}; niemand hat gepasst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="94"/>
        <source>{name}: {turns}; passed: {names}</source>
        <translation>{name}: {turns}; gepasst: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="104"/>
        <source>{status} {start}–{end}</source>
        <translation>{status} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="110"/>
        <source>spoke {time} ({share})</source>
        <translation>sprach {time} ({share})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="117"/>
        <source>check-in {score} ({low}–{high})</source>
        <translation>Stimmungswert {score} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="135"/>
        <source>ground rules not acknowledged</source>
        <translation>Gruppenregeln nicht unterschrieben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="137"/>
        <source>ground rules v{version} acknowledged</source>
        <translation>Gruppenregeln v{version} unterschrieben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="140"/>
        <source>ground rules v{version} acknowledged (v{current} in force)</source>
        <translation>Gruppenregeln v{version} unterschrieben (gültig: v{current})</translation>
    </message>
    <message>
        <source>The note of the session of {date} is not signed, {days} days on.</source>
        <translation type="vanished">Das Protokoll des Treffens vom {date} ist nach {days} Tagen noch nicht signiert.</translation>
    </message>
</context>
<context>
    <name>SessionNoteDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="99"/>
        <source>Session note not saved</source>
        <translation>Protokoll nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="100"/>
        <source>The last lines of this session note could not be saved. They are kept, sealed, until you open this note again; it saves them then.</source>
        <translation>Die letzten Zeilen dieses Protokolls konnten nicht gespeichert werden. Sie werden verschlüsselt aufbewahrt, bis Sie das Protokoll wieder öffnen; dann werden sie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="79"/>
        <source>Session note</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="86"/>
        <source>This note is damaged and cannot be shown or changed. The session's facts are fine; a backup may hold an intact copy of the note.</source>
        <translation>Dieses Protokoll ist beschädigt und kann weder angezeigt noch geändert werden. Die Daten des Treffens sind in Ordnung; eine Sicherung enthält vielleicht eine intakte Kopie des Protokolls.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="101"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="103"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="105"/>
        <source>Edit &amp;templates…</source>
        <translation>Vorlagen &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="115"/>
        <source>Themes, separated by commas</source>
        <translation>Themen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="116"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="118"/>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="129"/>
        <source>Add an &amp;addendum to the group note…</source>
        <translation>&amp;Nachtrag zum Gruppenprotokoll…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="136"/>
        <source>Nobody was present: there are no progress entries.</source>
        <translation>Niemand war anwesend: Es gibt keine Verlaufseinträge.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="145"/>
        <source>The group</source>
        <translation>Die Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="153"/>
        <source>Each member present</source>
        <translation>Jedes anwesende Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="167"/>
        <source>&amp;Copy for a member…</source>
        <translation>&amp;Kopie für ein Mitglied…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="169"/>
        <source>A member's progress entry as a PDF, the others reduced to initials</source>
        <translation>Der Verlaufseintrag eines Mitglieds als PDF, alle anderen auf Initialen gekürzt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="172"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Signieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="173"/>
        <source>Signed, the note no longer changes</source>
        <translation>Nach dem Signieren ändert sich das Protokoll nicht mehr</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="175"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="361"/>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="367"/>
        <source>Saved {time}</source>
        <translation>Gespeichert um {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="380"/>
        <source>Signed {date}, {time}: read-only</source>
        <translation>Signiert am {date}, {time}: schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="386"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="388"/>
        <source>Not written yet</source>
        <translation>Noch nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="402"/>
        <source>Sign the session note</source>
        <translation>Protokoll signieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="403"/>
        <source>Sign this session note?</source>
        <translation>Dieses Protokoll signieren?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="404"/>
        <source>Signed, it can no longer change, as in a clinical record. What you add later is a dated addendum under it.</source>
        <translation>Nach dem Signieren lässt es sich nicht mehr ändern, wie in einer klinischen Dokumentation. Was Sie später ergänzen, steht als datierter Nachtrag darunter.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="408"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="423"/>
        <source>An addendum to the group note.</source>
        <translation>Ein Nachtrag zum Gruppenprotokoll.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="429"/>
        <source>An addendum to {name}'s progress entry.</source>
        <translation>Ein Nachtrag zum Verlaufseintrag von {name}.</translation>
    </message>
</context>
<context>
    <name>SessionNoteSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="28"/>
        <source>Session notes</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="33"/>
        <source>Days before an unsigned note is a follow-up</source>
        <translation>Tage, bis ein nicht signiertes Protokoll zur Nachverfolgung wird</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="36"/>
        <source>&amp;Unsigned notes are a follow-up after</source>
        <translation>Nicht signierte &amp;Protokolle nachverfolgen nach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="41"/>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="45"/>
        <source>as their initials</source>
        <translation>als Initialen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="46"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="47"/>
        <source>Other members in a member's copy</source>
        <translation>Andere Mitglieder in der Kopie für ein Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="50"/>
        <source>In a member's copy, the &amp;others are</source>
        <translation>Andere &amp;Mitglieder in der Kopie für ein Mitglied</translation>
    </message>
</context>
<context>
    <name>SessionSummaryOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="206"/>
        <source>Session</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="207"/>
        <source>No finished sessions yet</source>
        <translation>Noch keine beendeten Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="209"/>
        <source>Include pri&amp;vate notes</source>
        <translation>Pri&amp;vate Notizen einbeziehen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="211"/>
        <source>Notes are left out unless you tick this. On paper anyone can read them.</source>
        <translation>Ohne dieses Häkchen werden Notizen weggelassen. Auf Papier kann sie jeder lesen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="216"/>
        <source>Sessio&amp;n:</source>
        <translation>&amp;Treffen:</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="122"/>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="146"/>
        <source>{time} · {share}%</source>
        <translation>{time} · {share} %</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="168"/>
        <source>Unlock to see your notes.</source>
        <translation>Entsperren Sie, um Ihre Notizen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="174"/>
        <source>No notes for this session.</source>
        <translation>Keine Notizen zu diesem Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="179"/>
        <source>follow up</source>
        <translation>nachverfolgen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="181"/>
        <source>by {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="190"/>
        <source>came {clock}</source>
        <translation>ab {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="192"/>
        <source>left {clock}</source>
        <translation>bis {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="245"/>
        <source>Correction saved and recorded.</source>
        <translation>Korrektur gespeichert und festgehalten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="255"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} von {planned} geplant · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="267"/>
        <source>Corrected on {date}</source>
        <translation>Korrigiert am {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="65"/>
        <source>&amp;Print summary…</source>
        <translation>Zu&amp;sammenfassung…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="66"/>
        <source>Save this session's summary as a PDF to print</source>
        <translation>Zusammenfassung dieses Treffens als PDF zum Drucken speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="68"/>
        <source>Session &amp;note…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="70"/>
        <source>The session's note: the group once, a line per member</source>
        <translation>Das Protokoll des Treffens: einmal für die Gruppe, eine Zeile pro Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="73"/>
        <source>Correct &amp;attendance…</source>
        <translation>Anwesenheit &amp;korrigieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="75"/>
        <source>Correct a &amp;turn…</source>
        <translation>Beitrag ko&amp;rrigieren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="76"/>
        <source>Or click a turn on the timeline</source>
        <translation>Oder auf einen Redebeitrag in der Zeitleiste klicken</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="93"/>
        <source>No attendance was recorded.</source>
        <translation>Es wurde keine Anwesenheit erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="96"/>
        <source>Nobody spoke.</source>
        <translation>Niemand hat gesprochen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="98"/>
        <source>No turns were recorded.</source>
        <translation>Es wurden keine Redebeiträge erfasst.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="105"/>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="111"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="112"/>
        <source>Airtime</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="118"/>
        <source>Dashed line: an equal share.</source>
        <translation>Gestrichelte Linie: gleicher Anteil für alle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="138"/>
        <source>Planned and actual</source>
        <translation>Geplant und tatsächlich</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="143"/>
        <source>Turns over time</source>
        <translation>Redebeiträge im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="146"/>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="153"/>
        <source>The chosen session</source>
        <translation>Das gewählte Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="158"/>
        <source>Pick a session on the left to see how it went.</source>
        <translation>Wählen Sie links ein Treffen, um zu sehen, wie es lief.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="29"/>
        <source>Follow-ups</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="34"/>
        <source>Absences in a row without notice before a follow-up</source>
        <translation>Abwesenheiten ohne Abmeldung in Folge bis zur Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="37"/>
        <source>&amp;Follow up after</source>
        <translation>&amp;Nachverfolgen nach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="46"/>
        <source>A member appears on the Follow-ups page when their latest sessions end with this many absences without notice. Excused absences do not count. 1 means the first one: the easiest moment to reach out.</source>
        <translation>Ein Mitglied erscheint auf der Seite „Nachverfolgung“, wenn seine letzten Treffen mit so vielen Abwesenheiten ohne Abmeldung enden. Abwesenheiten mit Abmeldung zählen nicht. 1 bedeutet schon beim ersten Mal: der leichteste Moment, sich zu melden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="79"/>
        <source>Follow-ups start at the first absence without notice.</source>
        <translation>Nachverfolgung ab der ersten Abwesenheit ohne Abmeldung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="81"/>
        <source>Follow-ups start after %Ln absences in a row without notice.</source>
        <translation>
            <numerusform>Nachverfolgung nach %Ln Abwesenheit ohne Abmeldung.</numerusform>
            <numerusform>Nachverfolgung nach %Ln Abwesenheiten in Folge ohne Abmeldung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="87"/>
        <source>absences in a row without notice</source>
        <extracomment>after a number box (&quot;Follow up after [3] absences in a row without notice&quot;); the number itself is not in the text.</extracomment>
        <translation>
            <numerusform>Abwesenheit ohne Abmeldung</numerusform>
            <numerusform>Abwesenheiten in Folge ohne Abmeldung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="184"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="77"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="79"/>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="87"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Sprache der App:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="94"/>
        <source>A new language takes effect when the app starts again. Each group's handouts and room display can have a language of their own (Groups page).</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App. Handouts und Raumanzeige jeder Gruppe können eine eigene Sprache haben (Seite „Gruppen“).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="107"/>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="110"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="111"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="112"/>
        <source>Lock automatically after minutes</source>
        <translation>Automatisch sperren nach Minuten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="115"/>
        <source>Lock &amp;automatically after</source>
        <translation>&amp;Automatisch sperren nach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="120"/>
        <source>without keyboard or mouse use</source>
        <translation>ohne Tastatur- oder Mausnutzung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="123"/>
        <source>It waits while a session's clock runs in this window; a paused session, or one a crash left open, does not hold it off. Time asleep counts: a laptop woken after longer than this locks within seconds. On most Linux desktops it also locks when the screen locks or the laptop goes to sleep. Ctrl+L locks at any moment; Never (0) locks only by hand.</source>
        <translation>Die Sperre wartet, solange in diesem Fenster die Uhr eines Treffens läuft; ein pausiertes Treffen oder eines, das nach einem Absturz offen blieb, hält sie nicht auf. Der Ruhezustand zählt mit: Ein Laptop, der nach längerer Zeit aufwacht, sperrt innerhalb von Sekunden. Auf den meisten Linux-Desktops wird auch gesperrt, wenn der Bildschirm gesperrt wird oder der Laptop in den Ruhezustand geht. Strg+L sperrt jederzeit; „Nie“ (0) sperrt nur von Hand.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="141"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="143"/>
        <source>Your passphrase opens this workspace and its backups. Changing it keeps every note as it is; the old passphrase stops working at once, in every backup too.</source>
        <translation>Ihre Passphrase öffnet diesen Arbeitsbereich und seine Sicherungen. Beim Ändern bleiben alle Notizen, wie sie sind; die alte Passphrase funktioniert sofort nicht mehr, auch in allen Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="151"/>
        <source>&amp;Change passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="158"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="339"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="162"/>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="225"/>
        <source>Language saved: it takes effect when the app starts again.</source>
        <translation>Sprache gespeichert: Sie gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="239"/>
        <source>Automatic locking is off.</source>
        <translation>Automatisches Sperren ist aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="241"/>
        <source>Locks after %Ln minutes without use.</source>
        <translation>
            <numerusform>Sperrt nach %Ln Minute ohne Nutzung.</numerusform>
            <numerusform>Sperrt nach %Ln Minuten ohne Nutzung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="264"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Passphrase geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="266"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="280"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="304"/>
        <source>A recovery key is set up. If the paper is lost, replace it: the old key then stops working, in every backup too.</source>
        <translation>Ein Wiederherstellungsschlüssel ist eingerichtet. Wenn das Papier verloren geht, ersetzen Sie ihn: Der alte Schlüssel funktioniert dann nicht mehr, auch in allen Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="310"/>
        <source>Re&amp;place recovery key…</source>
        <translation>Wiederherstellungsschlüssel e&amp;rsetzen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="313"/>
        <source>No recovery key. If you forget your passphrase, nobody can open this workspace. A recovery key, printed and kept safe, is a second way in.</source>
        <translation>Kein Wiederherstellungsschlüssel. Wenn Sie Ihre Passphrase vergessen, kann niemand diesen Arbeitsbereich öffnen. Ein ausgedruckter und sicher aufbewahrter Wiederherstellungsschlüssel ist ein zweiter Zugang.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="319"/>
        <source>Create recovery &amp;key…</source>
        <translation>Wiederherstellungsschlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="327"/>
        <source>Replace recovery key</source>
        <translation>Wiederherstellungsschlüssel ersetzen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="328"/>
        <source>Enter your passphrase to make a new recovery key. The key you have now stops working, in every backup too: a new workspace key is made and every private detail re-encrypted, since whoever has the old paper may have copied the old key.</source>
        <translation>Geben Sie Ihre Passphrase ein, um einen neuen Wiederherstellungsschlüssel zu erstellen. Der jetzige Schlüssel funktioniert dann nicht mehr, auch in allen Sicherungen: Ein neuer Schlüssel für den Arbeitsbereich wird erzeugt und alle privaten Angaben werden neu verschlüsselt, da jemand mit dem alten Papier den alten Schlüssel abgeschrieben haben könnte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="334"/>
        <source>&amp;Make a new key</source>
        <translation>Neuen Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="340"/>
        <source>Enter your passphrase to make a recovery key for this workspace.</source>
        <translation>Geben Sie Ihre Passphrase ein, um einen Wiederherstellungsschlüssel für diesen Arbeitsbereich zu erstellen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="341"/>
        <source>&amp;Make the key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="348"/>
        <source>Remove recovery key</source>
        <translation>Wiederherstellungsschlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="349"/>
        <source>The printed key stops working, in every backup too: a new workspace key is made and every private detail re-encrypted. Only your passphrase will open this workspace; if it is forgotten, nobody can open it.</source>
        <translation>Der gedruckte Schlüssel funktioniert nicht mehr, auch in allen Sicherungen: Ein neuer Schlüssel für den Arbeitsbereich wird erzeugt und alle privaten Angaben werden neu verschlüsselt. Nur Ihre Passphrase öffnet dann diesen Arbeitsbereich; wenn Sie sie vergessen, kann ihn niemand öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="354"/>
        <source>&amp;Remove key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="391"/>
        <source>New recovery key made.</source>
        <translation>Neuer Wiederherstellungsschlüssel erstellt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="397"/>
        <source>Making a new recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel wird erstellt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="399"/>
        <source>New recovery key made; the old one opens nothing.</source>
        <translation>Neuer Wiederherstellungsschlüssel erstellt; der alte öffnet nichts mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="405"/>
        <source>Removing the recovery key</source>
        <translation>Wiederherstellungsschlüssel wird entfernt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="407"/>
        <source>Recovery key removed; it opens nothing any more.</source>
        <translation>Wiederherstellungsschlüssel entfernt; er öffnet nichts mehr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="435"/>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation>Das hat nicht geklappt ({kind}); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ShareGroupDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="55"/>
        <source>Share a group</source>
        <translation>Gruppe teilen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="64"/>
        <source>Group to share</source>
        <translation>Zu teilende Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="69"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="73"/>
        <source>Your co-facilitator's card</source>
        <translation>Karte Ihrer Co-Leitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="74"/>
        <source>fd-card-1:…  (paste it whole)</source>
        <translation>fd-card-1:…  (vollständig einfügen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="77"/>
        <source>Your co-facilitator's &amp;card:</source>
        <translation>&amp;Karte Ihrer Co-Leitung:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="80"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Weiter: Sicherheitsnummer vergleichen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="84"/>
        <source>There is no group to share yet.</source>
        <translation>Es gibt noch keine Gruppe zum Teilen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="88"/>
        <source>Share a group with a co-facilitator</source>
        <translation>Eine Gruppe mit einer Co-Leitung teilen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="91"/>
        <source>They will see the group's members, attendance, sessions, rules, signed session notes and check-in scores, and every note you mark for co-facilitators. Your other notes stay on this laptop.</source>
        <translation>Die Co-Leitung sieht Mitglieder, Anwesenheit, Treffen, Regeln, signierte Protokolle und Stimmungswerte der Gruppe sowie jede Notiz, die Sie für die Co-Leitung markieren. Ihre übrigen Notizen bleiben auf diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="112"/>
        <source>Your co-facilitator sees the same twelve digits when they paste your card or your invitation under Accept an invitation. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Ihre Co-Leitung sieht dieselben zwölf Ziffern, wenn sie Ihre Karte oder Ihre Einladung unter „Einladung annehmen“ einfügt. Lesen Sie sie einander laut vor oder vergleichen Sie die beiden Bildschirme nebeneinander.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="119"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="121"/>
        <source>&amp;Share the group</source>
        <translation>Gruppe &amp;teilen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="139"/>
        <source>The invitation</source>
        <translation>Die Einladung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="141"/>
        <source>&amp;Copy invitation</source>
        <translation>Einladung &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="143"/>
        <source>Sa&amp;ve to a file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="145"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="155"/>
        <source>Send the invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="214"/>
        <source>“{group}” is shared. Send this invitation to your co-facilitator (it holds no key: the group's key travels sealed for their laptop only).</source>
        <translation>„{group}“ ist geteilt. Schicken Sie diese Einladung an Ihre Co-Leitung (sie enthält keinen Schlüssel: Der Schlüssel der Gruppe reist nur für deren Laptop verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="228"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Save the invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="244"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="248"/>
        <source>Saved as {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="54"/>
        <source>Airtime share per session</source>
        <translation>Redeanteil pro Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="106"/>
        <source>{date}: {share} of the airtime ({length}), {turns}, {passes} · {status}</source>
        <translation>{date}: {share} der Redezeit ({length}), {turns}, {passes} · {status}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="110"/>
        <source>{date}: {status}</source>
        <translation>{date}: {status}</translation>
    </message>
</context>
<context>
    <name>SharedGroups</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="59"/>
        <source>Shared groups</source>
        <translation>Geteilte Gruppen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>Group and co-facilitators</source>
        <translation>Gruppe und Co-Leitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="65"/>
        <source>Shared groups and their co-facilitators</source>
        <translation>Geteilte Gruppen und ihre Co-Leitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="70"/>
        <source>No group is shared. Nothing leaves this laptop.</source>
        <translation>Keine Gruppe ist geteilt. Nichts verlässt diesen Laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="72"/>
        <source>&amp;Remove co-facilitator…</source>
        <translation>Co-Leitung &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="74"/>
        <source>S&amp;top sharing this group…</source>
        <translation>Teilen dieser Gruppe &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="107"/>
        <source>safety number {number}</source>
        <translation>Sicherheitsnummer {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="110"/>
        <source>Safety number: {number}</source>
        <translation>Sicherheitsnummer: {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="179"/>
        <source>Remove co-facilitator</source>
        <translation>Co-Leitung entfernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="180"/>
        <source>Remove {laptop} from this group?</source>
        <translation>{laptop} aus dieser Gruppe entfernen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="181"/>
        <source>A new group key seals everything written from now on, on every laptop that stays; that laptop cannot read any of it, and its later changes are refused. What it already has stays with it: nothing can be taken back from a laptop.</source>
        <translation>Ein neuer Gruppenschlüssel verschlüsselt alles, was ab jetzt geschrieben wird, auf jedem Laptop, der bleibt; dieser Laptop kann nichts davon lesen, und seine späteren Änderungen werden abgelehnt. Was er schon hat, bleibt bei ihm: Von einem Laptop lässt sich nichts zurückholen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="195"/>
        <source>Removed. The new group key goes to the others at the next sync.</source>
        <translation>Entfernt. Der neue Gruppenschlüssel geht bei der nächsten Synchronisierung an die anderen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="207"/>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="208"/>
        <source>Stop sharing this group from this laptop?</source>
        <translation>Teilen dieser Gruppe auf diesem Laptop beenden?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="209"/>
        <source>Nothing more is sent or received for it. What this laptop holds stays here as a group of its own; the co-facilitators keep what they have.</source>
        <translation>Für sie wird nichts mehr gesendet oder empfangen. Was dieser Laptop hat, bleibt hier als eigene Gruppe; die Co-Leitung behält, was sie hat.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="213"/>
        <source>S&amp;top sharing</source>
        <translation>Teilen &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="221"/>
        <source>This group is no longer shared from this laptop.</source>
        <translation>Diese Gruppe wird von diesem Laptop aus nicht mehr geteilt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="232"/>
        <source>A group shared with you (arrives at the next sync)</source>
        <translation>Eine mit Ihnen geteilte Gruppe (kommt bei der nächsten Synchronisierung)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="233"/>
        <source>A group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="239"/>
        <source>this laptop was removed from the group</source>
        <translation>dieser Laptop wurde aus der Gruppe entfernt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="241"/>
        <source>no longer shared from here</source>
        <translation>von hier aus nicht mehr geteilt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="243"/>
        <source>waiting for the first sync</source>
        <translation>wartet auf die erste Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="244"/>
        <source>%n co-facilitators</source>
        <translation>
            <numerusform>%n Co-Leitung</numerusform>
            <numerusform>%n Co-Leitungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="246"/>
        <source>{whom} · not synced yet</source>
        <translation>{whom} · noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="248"/>
        <source>{whom} · synced {date} {time}</source>
        <translation>{whom} · synchronisiert am {date} um {time}</translation>
    </message>
</context>
<context>
    <name>SharingCard</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="54"/>
        <source>Your card</source>
        <translation>Ihre Karte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="44"/>
        <source>Send this card to a co-facilitator, or let them copy it: it holds only this laptop's public keys. Before any group is shared, you both compare a safety number.</source>
        <translation>Schicken Sie diese Karte an Ihre Co-Leitung oder lassen Sie sie kopieren: Sie enthält nur die öffentlichen Schlüssel dieses Laptops. Bevor eine Gruppe geteilt wird, vergleichen Sie beide eine Sicherheitsnummer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="58"/>
        <source>&amp;Copy card</source>
        <translation>Karte k&amp;opieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="83"/>
        <source>This laptop: {fingerprint}</source>
        <translation>Dieser Laptop: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="95"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>SharingConflicts</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="40"/>
        <source>{record}: {field}</source>
        <translation>{record}: {field}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="50"/>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="63"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="53"/>
        <source>When the same detail was changed on two laptops, the later change is kept everywhere and the other value is listed here. If the other value was the right one, copy it and edit the record on its page; then keep.</source>
        <translation>Wurde dieselbe Angabe auf zwei Laptops geändert, gilt überall die spätere Änderung, und der andere Wert steht hier. War der andere Wert der richtige, kopieren Sie ihn und bearbeiten Sie den Eintrag auf seiner Seite; dann „Behalten“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>The other value</source>
        <translation>Der andere Wert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="67"/>
        <source>&amp;Copy the other value</source>
        <translation>Anderen &amp;Wert kopieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="69"/>
        <source>&amp;Keep the current value</source>
        <translation>Aktuellen Wert &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="97"/>
        <source>(damaged: cannot be shown)</source>
        <translation>(beschädigt: kann nicht angezeigt werden)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="134"/>
        <source>Copied. Paste it into the record, then keep.</source>
        <translation>Kopiert. Fügen Sie den Wert in den Eintrag ein und wählen Sie dann „Behalten“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="147"/>
        <source>Resolved: the current value stays.</source>
        <translation>Gelöst: Der aktuelle Wert bleibt.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="49"/>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="62"/>
        <source>&amp;Share a group…</source>
        <translation>Gruppe &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="64"/>
        <source>&amp;Accept an invitation…</source>
        <translation>Einladung &amp;annehmen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="81"/>
        <source>&amp;Co-facilitators</source>
        <translation>&amp;Co-Leitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="82"/>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="83"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="90"/>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts ({count})</source>
        <translation>&amp;Konflikte ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Probleme ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Probleme (%n)</numerusform>
            <numerusform>&amp;Probleme (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Con&amp;flicts (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Konflikte (%n)</numerusform>
            <numerusform>&amp;Konflikte (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="29"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="32"/>
        <source>Every change is checked before it is used: signed by its laptop, sealed with the group's key, in order. What failed a check is listed here and was not used; the server cannot add or alter anything.</source>
        <translation>Jede Änderung wird geprüft, bevor sie verwendet wird: von ihrem Laptop signiert, mit dem Schlüssel der Gruppe verschlüsselt, in der richtigen Reihenfolge. Was eine Prüfung nicht bestanden hat, steht hier und wurde nicht verwendet; der Server kann nichts hinzufügen oder verändern.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="42"/>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="45"/>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
<context>
    <name>SharingServer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="43"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="46"/>
        <source>Shared groups travel through your agency's PostgreSQL server as sealed changes it cannot read. The connection must be encrypted (TLS with a verified certificate) for every server but this computer. The password is kept sealed in this workspace.</source>
        <translation>Geteilte Gruppen laufen als verschlüsselte Änderungen über den PostgreSQL-Server Ihrer Einrichtung, der sie nicht lesen kann. Die Verbindung muss für jeden Server außer diesem Computer verschlüsselt sein (TLS mit geprüftem Zertifikat). Das Passwort wird verschlüsselt in diesem Arbeitsbereich aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="56"/>
        <source>db.agency.example</source>
        <translation>db.einrichtung.example</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="68"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="69"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="70"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="71"/>
        <source>&amp;Role:</source>
        <translation>Ro&amp;lle:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="87"/>
        <source>&amp;Save server</source>
        <translation>Server &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="89"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="127"/>
        <source>kept, sealed — type to change</source>
        <translation>gespeichert, verschlüsselt – zum Ändern tippen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="139"/>
        <source>This computer: the connection may be unencrypted (it never leaves it).</source>
        <translation>Dieser Computer: Die Verbindung darf unverschlüsselt sein (sie verlässt ihn nie).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="143"/>
        <source>Another computer: only an encrypted connection with a verified certificate.</source>
        <translation>Ein anderer Computer: nur eine verschlüsselte Verbindung mit geprüftem Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="182"/>
        <source>Server kept. Shared groups sync in the background.</source>
        <translation>Server gespeichert. Geteilte Gruppen werden im Hintergrund synchronisiert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="194"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="199"/>
        <source>Give the server's name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="200"/>
        <source>Give the database's name.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="201"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Geben Sie die Rolle (den Benutzernamen) für die Anmeldung an.</translation>
    </message>
</context>
<context>
    <name>SharingSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="27"/>
        <source>Sharing with co-facilitators</source>
        <translation>Teilen mit der Co-Leitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="31"/>
        <source>S&amp;haring…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="48"/>
        <source>No group is shared: nothing leaves this laptop. A group can be shared with a co-facilitator through your agency's server, end-to-end encrypted.</source>
        <translation>Keine Gruppe ist geteilt: Nichts verlässt diesen Laptop. Eine Gruppe kann über den Server Ihrer Einrichtung mit einer Co-Leitung geteilt werden, Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="53"/>
        <source>Shared groups: {count}. No server is set yet, so their changes wait on this laptop.</source>
        <translation>Geteilte Gruppen: {count}. Noch ist kein Server eingerichtet, daher warten ihre Änderungen auf diesem Laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="58"/>
        <source>Shared groups: {count}, through {host}.</source>
        <translation>Geteilte Gruppen: {count}, über {host}.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups shared through {host}.</source>
        <translation type="vanished">
            <numerusform>%n Gruppe über {host} geteilt.</numerusform>
            <numerusform>%n Gruppen über {host} geteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups shared; no server set yet, so their changes wait on this laptop.</source>
        <translation type="vanished">
            <numerusform>%n Gruppe geteilt; noch kein Server eingerichtet, daher warten ihre Änderungen auf diesem Laptop.</numerusform>
            <numerusform>%n Gruppen geteilt; noch kein Server eingerichtet, daher warten ihre Änderungen auf diesem Laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="18"/>
        <source>The group</source>
        <translation>Die Gruppe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="19"/>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="20"/>
        <source>The ground rules</source>
        <translation>Die Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="21"/>
        <source>A signed ground rule</source>
        <translation>Eine Unterschrift unter die Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="22"/>
        <source>A session</source>
        <translation>Ein Treffen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="23"/>
        <source>A session's timeline</source>
        <translation>Die Zeitleiste eines Treffens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="24"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="25"/>
        <source>A turn</source>
        <translation>Ein Redebeitrag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="26"/>
        <source>A check-in score</source>
        <translation>Ein Stimmungswert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="27"/>
        <source>A session note</source>
        <translation>Ein Protokoll</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="28"/>
        <source>A session note's addendum</source>
        <translation>Ein Nachtrag zu einem Protokoll</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="29"/>
        <source>A note for co-facilitators</source>
        <translation>Eine Notiz für die Co-Leitung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="36"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="37"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="38"/>
        <source>first name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="39"/>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="40"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="41"/>
        <source>private remarks</source>
        <translation>private Bemerkungen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="42"/>
        <source>seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="43"/>
        <source>joined on</source>
        <translation>eingetreten am</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="44"/>
        <source>left on</source>
        <translation>ausgetreten am</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="45"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="46"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="47"/>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="48"/>
        <source>follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="49"/>
        <source>due date</source>
        <translation>fällig bis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="50"/>
        <source>follow-up done</source>
        <translation>Nachverfolgung erledigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="51"/>
        <source>rule cards</source>
        <translation>Regelkarten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="52"/>
        <source>agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="53"/>
        <source>weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="54"/>
        <source>start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="55"/>
        <source>check-in question</source>
        <translation>Frage der Anfangsrunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="56"/>
        <source>progress entries</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="57"/>
        <source>members it is about</source>
        <translation>betroffene Mitglieder</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="65"/>
        <source>Changes are missing before it (the server held some back); it waits.</source>
        <translation>Davor fehlen Änderungen (der Server hat einige zurückgehalten); sie wartet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="66"/>
        <source>A change sent again: refused (the server replayed it).</source>
        <translation>Eine erneut gesendete Änderung: abgelehnt (der Server hat sie wiederholt).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="67"/>
        <source>Not signed by the laptop it claims: refused as forged.</source>
        <translation>Nicht von dem Laptop signiert, von dem sie angeblich stammt: als gefälscht abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="68"/>
        <source>Altered or not sealed with the group's key: refused.</source>
        <translation>Verändert oder nicht mit dem Schlüssel der Gruppe verschlüsselt: abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="69"/>
        <source>Damaged or unreadable: refused.</source>
        <translation>Beschädigt oder unlesbar: abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="70"/>
        <source>Written after that laptop was removed from the group: refused.</source>
        <translation>Geschrieben, nachdem dieser Laptop aus der Gruppe entfernt wurde: abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="71"/>
        <source>Sealed with a group key that is no longer in use: refused.</source>
        <translation>Mit einem Gruppenschlüssel verschlüsselt, der nicht mehr gilt: abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="72"/>
        <source>A group key from a laptop not trusted for this group: refused.</source>
        <translation>Ein Gruppenschlüssel von einem Laptop, dem diese Gruppe nicht vertraut: abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="73"/>
        <source>The server's copy of this laptop's changes differs: not trusted.</source>
        <translation>Die Kopie des Servers von den Änderungen dieses Laptops weicht ab: nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="74"/>
        <source>From a laptop not in the group: not read.</source>
        <translation>Von einem Laptop, der nicht zur Gruppe gehört: nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="75"/>
        <source>Could not be applied here: kept out, everything else applied.</source>
        <translation>Konnte hier nicht übernommen werden: ausgelassen, alles andere wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="77"/>
        <source>Refused ({reason}).</source>
        <translation>Abgelehnt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="81"/>
        <source>Laptop {fingerprint}</source>
        <translation>Laptop {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="85"/>
        <source>{laptop} (this laptop)</source>
        <translation>{laptop} (dieser Laptop)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="86"/>
        <source>{laptop} (compared safety number)</source>
        <translation>{laptop} (Sicherheitsnummer verglichen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="87"/>
        <source>{laptop} (added by a co-facilitator)</source>
        <translation>{laptop} (von einer Co-Leitung hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="88"/>
        <source>{laptop} (removed)</source>
        <translation>{laptop} (entfernt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="95"/>
        <source>Laptop {id}</source>
        <translation>Laptop {id}</translation>
    </message>
</context>
<context>
    <name>ShowPassphraseBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/passphrase_edit.py" line="43"/>
        <source>S&amp;how passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="178"/>
        <source>Empty rows for guests and newcomers</source>
        <translation>Leere Zeilen für Gäste und Neue</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="180"/>
        <source>D&amp;ate:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="181"/>
        <source>Guest &amp;lines:</source>
        <translation>&amp;Leerzeilen für Gäste:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="202"/>
        <source>This folder is open in another copy of Facilitator Desktop on this computer.</source>
        <translation>Dieser Ordner ist in einer anderen Instanz von Facilitator Desktop auf diesem Computer geöffnet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="203"/>
        <source>Close that copy first (it may be on another desktop), then start again.</source>
        <translation>Schließen Sie zuerst diese Instanz (vielleicht auf einem anderen Desktop) und starten Sie dann neu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="209"/>
        <source>The data folder is read-only, so Facilitator Desktop cannot work in it.</source>
        <translation>Der Datenordner ist schreibgeschützt, daher kann Facilitator Desktop darin nicht arbeiten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="210"/>
        <source>Folder: {folder}

Change the folder's permissions, or start the app with --data-dir and a folder you can write to. Nothing has been changed.</source>
        <translation>Ordner: {folder}

Ändern Sie die Berechtigungen des Ordners oder starten Sie die App mit --data-dir und einem Ordner, in den Sie schreiben dürfen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="218"/>
        <source>The disk that holds the data folder is full, so Facilitator Desktop cannot start.</source>
        <translation>Der Datenträger mit dem Datenordner ist voll, daher kann Facilitator Desktop nicht starten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="221"/>
        <source>Folder: {folder}

Free some space on that disk, then start the app again. Nothing has been changed.</source>
        <translation>Ordner: {folder}

Geben Sie auf diesem Datenträger etwas Speicherplatz frei und starten Sie die App dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="236"/>
        <source>Open this folder?</source>
        <translation>Diesen Ordner öffnen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="238"/>
        <source>This folder seems open elsewhere: on the computer “{host}”.</source>
        <translation>Dieser Ordner scheint anderswo geöffnet zu sein: auf dem Computer „{host}“.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="242"/>
        <source>This folder seems open elsewhere: in a copy of Facilitator Desktop on this computer that does not answer.</source>
        <translation>Dieser Ordner scheint anderswo geöffnet zu sein: in einer Instanz von Facilitator Desktop auf diesem Computer, die nicht antwortet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="248"/>
        <source>If the folder was copied, synced or restored from another computer, or that copy has ended, it is safe to open it here. If Facilitator Desktop is still open on this folder there, close it there first: two copies writing at once can lose changes.

Open anyway?</source>
        <translation>Wenn der Ordner von einem anderen Computer kopiert, synchronisiert oder wiederhergestellt wurde oder die andere Instanz beendet ist, können Sie ihn hier gefahrlos öffnen. Wenn Facilitator Desktop dort noch mit diesem Ordner geöffnet ist, schließen Sie es zuerst dort: Zwei Instanzen, die gleichzeitig schreiben, können Änderungen verlieren.

Trotzdem öffnen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="255"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Trotzdem öffnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="268"/>
        <source>Facilitator Desktop cannot start</source>
        <translation>Facilitator Desktop kann nicht starten</translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="32"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="34"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="37"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="41"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="52"/>
        <source>The laptop slept</source>
        <translation>Der Laptop war im Ruhezustand</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="53"/>
        <source>&amp;Count it</source>
        <translation>&amp;Mitzählen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="54"/>
        <source>&amp;Don't count it</source>
        <translation>&amp;Nicht mitzählen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="65"/>
        <source>The laptop slept for {duration}. Count it as session time?</source>
        <translation>Der Laptop war {duration} im Ruhezustand. Als Zeit des Treffens mitzählen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="70"/>
        <source>Count it: the session clock moves on by {duration}, and a turn under way ends when the laptop went to sleep. Don't count it: the clock goes on from where it stopped.</source>
        <translation>Mitzählen: Die Uhr des Treffens rückt um {duration} vor, und ein laufender Redebeitrag endet zu dem Zeitpunkt, als der Laptop in den Ruhezustand ging. Nicht mitzählen: Die Uhr läuft dort weiter, wo sie stehen geblieben ist.</translation>
    </message>
</context>
<context>
    <name>SpeedDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="64"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="66"/>
        <source>Rehearse a session</source>
        <translation>Probelauf eines Treffens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="68"/>
        <source>Practise with the agenda and rule cards of {group}, on invented members, with the same keys and screens as a real session.</source>
        <translation>Üben Sie mit dem Ablauf und den Regelkarten von {group} und mit erfundenen Mitgliedern – mit denselben Tasten und Ansichten wie bei einem echten Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="73"/>
        <source>Practise on a sample group of invented members, with the same keys and screens as a real session.</source>
        <translation>Üben Sie mit einer Beispielgruppe aus erfundenen Mitgliedern – mit denselben Tasten und Ansichten wie bei einem echten Treffen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="80"/>
        <source>&amp;Real time</source>
        <translation>&amp;Echtzeit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="81"/>
        <source>&amp;10× faster: 90 minutes take 9</source>
        <translation>&amp;10× schneller: 90 Minuten dauern 9</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="82"/>
        <source>&amp;60× faster: a minute every second</source>
        <translation>&amp;60× schneller: eine Minute pro Sekunde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="96"/>
        <source>Nothing of a rehearsal is kept: not in History, attendance, follow-ups, notes or backups. End it as you would end a session; you see its summary once.</source>
        <translation>Von einem Probelauf wird nichts gespeichert: nicht im Verlauf, in der Anwesenheit, der Nachverfolgung, den Notizen oder den Sicherungen. Beenden Sie ihn wie ein Treffen; die Zusammenfassung sehen Sie einmal.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="107"/>
        <source>&amp;Start rehearsal</source>
        <translation>Probelauf &amp;starten</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/status_legend.py" line="29"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="53"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="205"/>
        <source>The session is saved in the group's history.</source>
        <translation>Das Treffen ist im Verlauf der Gruppe gespeichert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="35"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="36"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="37"/>
        <source>left early</source>
        <translation>früher gegangen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="38"/>
        <source>excused</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="39"/>
        <source>absent</source>
        <translation>ohne Abmeldung</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="51"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="54"/>
        <source>Session summary</source>
        <translation>Zusammenfassung des Treffens</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="65"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} von {planned} geplant · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="118"/>
        <source> (came {clock})</source>
        <translation> (kam um {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="120"/>
        <source> (left {clock})</source>
        <translation> (ging um {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="128"/>
        <source>Nobody spoke.</source>
        <translation>Niemand hat gesprochen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="134"/>
        <source>{time} · {share} · {turns}t {passes}p</source>
        <extracomment>t = turns, p = passes (kept short: a bar's label).</extracomment>
        <translation>{time} · {share} · {turns} B {passes} P</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="148"/>
        <source>t = turns, p = passes; the dashed line is an equal share</source>
        <translation>B = Redebeiträge, P = gepasst; die gestrichelte Linie zeigt einen gleichen Anteil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="153"/>
        <source>Planned and actual</source>
        <translation>Geplant und tatsächlich</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="156"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="161"/>
        <source>Airtime (only you see this)</source>
        <translation>Redezeit (nur für Sie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="166"/>
        <source>t = turns, p = passes; the dashed line marks an equal share.</source>
        <translation>B = Redebeiträge, P = gepasst; die gestrichelte Linie zeigt einen gleichen Anteil.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="195"/>
        <source>Write the session &amp;note…</source>
        <translation>&amp;Protokoll schreiben…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="230"/>
        <source>Notes taken (only you see them)</source>
        <translation>Notizen (nur für Sie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="232"/>
        <source>Unlock to see the notes taken in this session.</source>
        <translation>Entsperren Sie, um die Notizen dieses Treffens zu sehen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="234"/>
        <source>No notes were taken in this session.</source>
        <translation>In diesem Treffen wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="263"/>
        <source>about {names}</source>
        <translation>betrifft {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="265"/>
        <source>to follow up</source>
        <translation>nachzuverfolgen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="266"/>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="44"/>
        <source>%n changes from others refused: see Settings → Sharing → Problems.</source>
        <translation>
            <numerusform>%n Änderung von anderen abgelehnt: siehe Einstellungen → Teilen → Probleme.</numerusform>
            <numerusform>%n Änderungen von anderen abgelehnt: siehe Einstellungen → Teilen → Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="49"/>
        <source>Sharing: locked</source>
        <translation>Teilen: gesperrt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="51"/>
        <source>Sharing: starting…</source>
        <translation>Teilen: startet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="56"/>
        <source>Offline, %n changes waiting</source>
        <translation>
            <numerusform>Offline, %n Änderung wartet</numerusform>
            <numerusform>Offline, %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="58"/>
        <source>Offline, nothing waiting</source>
        <translation>Offline, nichts wartet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="60"/>
        <source>The server could not be reached: {why}</source>
        <translation>Der Server war nicht erreichbar: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="64"/>
        <source>Sync stopped by an error; it tries again shortly</source>
        <translation>Synchronisierung durch einen Fehler gestoppt; sie versucht es gleich erneut</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="66"/>
        <source>Nothing is lost: changes wait on this laptop until a sync succeeds.</source>
        <translation>Nichts geht verloren: Änderungen warten auf diesem Laptop, bis eine Synchronisierung gelingt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="70"/>
        <source>{synced}, %n changes waiting</source>
        <translation>
            <numerusform>{synced}, %n Änderung wartet</numerusform>
            <numerusform>{synced}, %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="80"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="81"/>
        <source>Receiving changes: {done} of {total}</source>
        <translation>Änderungen werden empfangen: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="89"/>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="91"/>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="93"/>
        <source>Synced {minutes} min ago</source>
        <translation>Vor {minutes} Min. synchronisiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="95"/>
        <source>Synced {hours} h ago</source>
        <translation>Vor {hours} Std. synchronisiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="97"/>
        <source>Synced on {date}</source>
        <translation>Am {date} synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n days ago</source>
        <translation type="vanished">
            <numerusform>Vor %n Tag synchronisiert</numerusform>
            <numerusform>Vor %n Tagen synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation type="vanished">
            <numerusform>Vor %n Std. synchronisiert</numerusform>
            <numerusform>Vor %n Std. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation type="vanished">
            <numerusform>Vor %n Min. synchronisiert</numerusform>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="95"/>
        <source>Talking order</source>
        <translation>Redereihenfolge</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="102"/>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="279"/>
        <source>Now speaking</source>
        <translation>Es spricht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="113"/>
        <source>Speaking time</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>End this turn and call the next member (N)</source>
        <translation>Diesen Beitrag beenden und das nächste Mitglied aufrufen (N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>Next speaker  N</source>
        <translation>Nächste Person  N</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>Pass  P</source>
        <translation>Passen  P</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>The member whose turn it is passes (P)</source>
        <translation>Das Mitglied, das an der Reihe ist, passt (P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="140"/>
        <source>Come back to me  C</source>
        <translation>Später bitte  C</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="141"/>
        <source>The speaker goes to the end of the round; the next member starts (C)</source>
        <translation>Die sprechende Person rückt ans Ende der Runde; das nächste Mitglied beginnt (C)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End the turn without calling anyone (E)</source>
        <translation>Redebeitrag beenden, ohne jemanden aufzurufen (E)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End turn  E</source>
        <translation>Beenden  E</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="148"/>
        <source>Back  PgUp</source>
        <translation>Zurück  Bild↑</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="149"/>
        <source>Back to the previous speaker: the turn just started is not recorded (PgUp, a clicker's back button)</source>
        <translation>Zurück zur vorherigen Person: Der gerade begonnene Beitrag wird nicht erfasst (Bild↑, Zurück-Taste am Presenter)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Random start</source>
        <translation>Zufallsstart</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Start the round with a member chosen at random</source>
        <translation>Die Runde mit einem zufällig gewählten Mitglied beginnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="178"/>
        <source>Fewer turns first</source>
        <translation>Stillere zuerst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="180"/>
        <source>Members who have spoken least in this session go ahead in the queue.</source>
        <translation>Mitglieder, die in diesem Treffen am wenigsten gesprochen haben, rücken auf der Redeliste vor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="186"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="191"/>
        <source>Waiting to speak</source>
        <translation>Wartet auf das Wort</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Take the selected member out of the order (Delete)</source>
        <translation>Ausgewähltes Mitglied aus der Reihenfolge nehmen (Entf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="200"/>
        <source>Move the selected member up the queue (Alt+↑)</source>
        <translation>Ausgewähltes Mitglied auf der Redeliste nach oben (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="203"/>
        <source>Move the selected member down the queue (Alt+↓)</source>
        <translation>Ausgewähltes Mitglied auf der Redeliste nach unten (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="282"/>
        <source>Nobody is speaking</source>
        <translation>Niemand spricht</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="285"/>
        <source>soft limit {m} min</source>
        <translation>Richtwert {m} Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="289"/>
        <source>Up next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Queue</source>
        <translation>Redeliste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Round order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="322"/>
        <source>Back to {name}: the turn just started is not recorded (PgUp)</source>
        <translation>Zurück zu {name}: Der gerade begonnene Beitrag wird nicht erfasst (Bild↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="326"/>
        <source>Back to the previous speaker (PgUp): nobody has spoken yet</source>
        <translation>Zurück zur vorherigen Person (Bild↑): Es hat noch niemand gesprochen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="348"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="350"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="352"/>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} fertig</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="356"/>
        <source>The talking order starts with the session (Space).</source>
        <translation>Die Redereihenfolge beginnt mit dem Treffen (Leertaste).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="358"/>
        <source>A member's number or a click on a name: they start · N: at random</source>
        <translation>Nummer eines Mitglieds oder Klick auf einen Namen: Es beginnt · N: zufällig</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="360"/>
        <source>A number or a click adds a member · Alt+↑↓ moves them</source>
        <translation>Eine Nummer oder ein Klick fügt ein Mitglied hinzu · Alt+↑↓ verschiebt es</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="32"/>
        <source>Session note template</source>
        <translation>Protokollvorlage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="33"/>
        <source>How this group's session notes are laid out</source>
        <translation>Wie die Protokolle dieser Gruppe aufgebaut sind</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="35"/>
        <source>Edit templates…</source>
        <translation>Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="75"/>
        <source>Session notes of this group now use “{name}”.</source>
        <translation>Die Protokolle dieser Gruppe verwenden jetzt „{name}“.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="47"/>
        <source>Session note templates</source>
        <translation>Protokollvorlagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="54"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="58"/>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Guidance</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="67"/>
        <source>Sections</source>
        <translation>Rubriken</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="75"/>
        <source>&amp;Add section</source>
        <translation>Rubrik &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="77"/>
        <source>Re&amp;move section</source>
        <translation>Rubrik ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="81"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="86"/>
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="88"/>
        <source>&amp;Delete template</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="90"/>
        <source>Put back as &amp;shipped</source>
        <translation>Original &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="117"/>
        <source>Notes already written keep the headings they were written under.</source>
        <translation>Bereits geschriebene Protokolle behalten die Überschriften, unter denen sie geschrieben wurden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="143"/>
        <source>{name} (built in)</source>
        <translation>{name} (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="192"/>
        <source>A template has at most 12 sections.</source>
        <translation>Eine Vorlage hat höchstens 12 Rubriken.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="248"/>
        <source>My template</source>
        <translation>Meine Vorlage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="249"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="279"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="280"/>
        <source>Delete the template “{name}”?</source>
        <translation>Die Vorlage „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="281"/>
        <source>Groups that use it go back to free text. Notes written with it keep their sections.</source>
        <translation>Gruppen, die sie verwenden, kehren zu Freitext zurück. Damit geschriebene Protokolle behalten ihre Rubriken.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="285"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="332"/>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="42"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="50"/>
        <source>Time left in this segment</source>
        <translation>Verbleibende Zeit in diesem Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Treffen starten, pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>Previous segment (←)</source>
        <translation>Vorheriger Abschnitt (←)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <source>Next segment (→)</source>
        <translation>Nächster Abschnitt (→)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="159"/>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>One more minute for this segment (+)</source>
        <translation>Eine Minute mehr für diesen Abschnitt (+)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>Five more minutes for this segment</source>
        <translation>Fünf Minuten mehr für diesen Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Open discussion</source>
        <translation>Offenes Gespräch</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="124"/>
        <source>{kind} · segment {n} of {count}</source>
        <translation>{kind} · Abschnitt {n} von {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="140"/>
        <source>Planned end: {clock}</source>
        <translation>Geplantes Ende: {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="147"/>
        <source>Start  (Space)</source>
        <translation>Start  (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="148"/>
        <source>Pause  (Space)</source>
        <translation>Pause  (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="149"/>
        <source>Resume  (Space)</source>
        <translation>Weiter  (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="173"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="157"/>
        <source>End session →</source>
        <translation>Treffen beenden →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="165"/>
        <source>Session time: {elapsed}</source>
        <translation>Dauer des Treffens: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="169"/>
        <source>Not started · Space begins</source>
        <translation>Nicht gestartet · Leertaste beginnt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="171"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="176"/>
        <source>Over time</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="178"/>
        <source>Nearly done</source>
        <translation>Fast vorbei</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="186"/>
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n Min. hinter dem Plan</numerusform>
            <numerusform>%n Min. hinter dem Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="188"/>
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n Min. vor dem Plan</numerusform>
            <numerusform>%n Min. vor dem Plan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="189"/>
        <source>On plan</source>
        <translation>Im Plan</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="74"/>
        <source>Measure over time</source>
        <translation>Fragebogen im Verlauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="78"/>
        <source>{measure} over time</source>
        <translation>{measure} im Verlauf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="166"/>
        <source>Since the first: {change}</source>
        <translation>Seit dem ersten Wert: {change}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="171"/>
        <source>Total from paper</source>
        <translation>Gesamtwert vom Papier</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/trend.py" line="45"/>
        <source>Airtime equity over time</source>
        <translation>Ausgewogenheit der Redezeit im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>TurnDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="195"/>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="259"/>
        <source>Correct a turn</source>
        <translation>Redebeitrag korrigieren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="213"/>
        <source>pass</source>
        <translation>gepasst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="234"/>
        <source>It was a &amp;pass (nothing said)</source>
        <translation>Es wurde ge&amp;passt (nichts gesagt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="240"/>
        <source>&amp;Who spoke:</source>
        <translation>&amp;Wer sprach:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="241"/>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="247"/>
        <source>&amp;Save correction</source>
        <translation>Korrektur &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="252"/>
        <source>Fix the selected turn:</source>
        <translation>Ausgewählten Redebeitrag korrigieren:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="262"/>
        <source>The change is recorded with today's date and shown on the session.</source>
        <translation>Die Änderung wird mit dem heutigen Datum festgehalten und beim Treffen angezeigt.</translation>
    </message>
</context>
<context>
    <name>TurnTimeline</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="45"/>
        <source>Turn timeline</source>
        <translation>Zeitleiste der Redebeiträge</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="64"/>
        <source>{turns} by {members}</source>
        <translation>{turns} von {members}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="115"/>
        <source>{alias} passed · {segment} · at {at}</source>
        <translation>{alias} hat gepasst · {segment} · um {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="117"/>
        <source>{alias} spoke {length} · {segment} · at {at}</source>
        <translation>{alias} sprach {length} · {segment} · um {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="124"/>
        <source>Click to correct this turn.</source>
        <translation>Klicken, um diesen Redebeitrag zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="84"/>
        <source>Workspace locked</source>
        <translation>Arbeitsbereich gesperrt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="85"/>
        <source>Enter your passphrase to carry on where you left off.</source>
        <translation>Geben Sie Ihre Passphrase ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="87"/>
        <source>Unlock your workspace</source>
        <translation>Arbeitsbereich entsperren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="88"/>
        <source>Enter your passphrase to open your groups, members and notes.</source>
        <translation>Geben Sie Ihre Passphrase ein, um Ihre Gruppen, Mitglieder und Notizen zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="96"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="102"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="107"/>
        <source>Forgot it? Use &amp;recovery key</source>
        <translation>Vergessen? &amp;Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="137"/>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="245"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="141"/>
        <source>&amp;Back to passphrase</source>
        <translation>Zurüc&amp;k zur Passphrase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="229"/>
        <source>Unlock with your recovery key</source>
        <translation>Wiederherstellungsschlüssel eingeben</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="231"/>
        <source>&amp;Unlock and set passphrase</source>
        <translation>&amp;Entsperren und festlegen</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="290"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Diese Passphrase entsperrt den Arbeitsbereich nicht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="351"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="357"/>
        <source>The disk is full, so the workspace could not be unlocked. What you had open is kept as it was. Free some space on this disk, then unlock again.</source>
        <translation>Der Datenträger ist voll, daher konnte der Arbeitsbereich nicht entsperrt werden. Was Sie geöffnet hatten, bleibt unverändert. Geben Sie auf diesem Datenträger Speicherplatz frei und entsperren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="361"/>
        <source>The disk is full, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Free some space on this disk (empty the wastebasket, or move large files elsewhere), then unlock again.</source>
        <translation>Der Datenträger ist voll, daher konnte der Arbeitsbereich nicht geöffnet werden. Noch ist nichts geöffnet und nichts wurde geändert. Geben Sie auf diesem Datenträger Speicherplatz frei (leeren Sie den Papierkorb oder verschieben Sie große Dateien woandershin) und entsperren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="369"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be unlocked. What you had open is kept as it was. Make the disk writable again, then unlock again.</source>
        <translation>Der Datenträger mit dem Arbeitsbereich ist schreibgeschützt, daher konnte der Arbeitsbereich nicht entsperrt werden. Was Sie geöffnet hatten, bleibt unverändert. Machen Sie den Datenträger wieder beschreibbar und entsperren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="374"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Make the disk writable again (a memory stick's lock switch, a disk that needs checking), or copy the data folder to a disk you can write to, then unlock again.</source>
        <translation>Der Datenträger mit dem Arbeitsbereich ist schreibgeschützt, daher konnte der Arbeitsbereich nicht geöffnet werden. Noch ist nichts geöffnet und nichts wurde geändert. Machen Sie den Datenträger wieder beschreibbar (Schreibschutzschalter eines USB-Sticks, ein Datenträger, der geprüft werden muss) oder kopieren Sie den Datenordner auf einen beschreibbaren Datenträger und entsperren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="383"/>
        <source>A problem with the disk stopped the workspace from unlocking. What you had open is kept as it was. Check that the disk is connected and working, then unlock again.</source>
        <translation>Ein Problem mit dem Datenträger hat das Entsperren verhindert. Was Sie geöffnet hatten, bleibt unverändert. Prüfen Sie, ob der Datenträger angeschlossen ist und funktioniert, und entsperren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="388"/>
        <source>A problem with the disk stopped the workspace from opening. Nothing is open yet, and nothing has been changed. Check that the disk is connected and working, then unlock again.</source>
        <translation>Ein Problem mit dem Datenträger hat das Öffnen des Arbeitsbereichs verhindert. Noch ist nichts geöffnet und nichts wurde geändert. Prüfen Sie, ob der Datenträger angeschlossen ist und funktioniert, und entsperren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="58"/>
        <source>Check before printing: some text will not print as written.</source>
        <translation>Vor dem Drucken prüfen: Manche Zeichen werden nicht wie geschrieben gedruckt.</translation>
    </message>
</context>
</TS>
