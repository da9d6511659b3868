<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="44"/>
        <source>Accept an invitation</source>
        <translation>Przyjmij zaproszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="51"/>
        <source>The invitation</source>
        <translation>Zaproszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="52"/>
        <source>fd-invite-1:…  (paste it whole)</source>
        <translation>fd-invite-1:…  (wklej w całości)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="55"/>
        <source>&amp;Invitation (or your co-facilitator's card):</source>
        <translation>&amp;Zaproszenie (lub wizytówka osoby współprowadzącej):</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="58"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Dalej: porównaj numer bezpieczeństwa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="63"/>
        <source>Accept a shared group</source>
        <translation>Przyjmij udostępnioną grupę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="66"/>
        <source>Paste the invitation your co-facilitator sent. Their group then comes to this laptop at the next sync, sealed for it alone.</source>
        <translation>Wklej zaproszenie od osoby współprowadzącej. Jej grupa trafi na ten laptop przy następnej synchronizacji, zaszyfrowana tylko dla niego.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="82"/>
        <source>Your co-facilitator saw twelve digits when they shared the group. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Osoba współprowadząca zobaczyła dwanaście cyfr, gdy udostępniała grupę. Przeczytajcie je sobie nawzajem na głos albo porównajcie oba ekrany obok siebie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="89"/>
        <source>This is a card, not an invitation: compare the number now, then paste the invitation when it comes.</source>
        <translation>To jest wizytówka, nie zaproszenie: porównajcie numer teraz, a zaproszenie wklej, gdy przyjdzie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="98"/>
        <source>&amp;Accept the invitation</source>
        <translation>&amp;Przyjmij zaproszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="114"/>
        <source>Accepted. The group appears in your group list at the next sync, with its history; until then it is listed on the Sharing page as waiting.</source>
        <translation>Przyjęto. Grupa pojawi się na liście grup przy następnej synchronizacji, razem z historią; do tego czasu jest widoczna w oknie „Udostępnianie” jako oczekująca.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="121"/>
        <source>&amp;Done</source>
        <translation>&amp;Załatwione</translation>
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
        <translation>mniej niż minuta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="64"/>
        <source>{n} percent</source>
        <translation>{n} procent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="69"/>
        <source>{name}, {length}, {share}</source>
        <translation>{name}, {length}, {share}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="72"/>
        <source>{row}, speaking now</source>
        <translation>{row}, teraz mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="76"/>
        <source>speaking now</source>
        <translation>teraz mówi</translation>
    </message>
</context>
<context>
    <name>AcknowledgementPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="43"/>
        <source>Ground rules</source>
        <translation>Zasady grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="51"/>
        <source>Date signed</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="55"/>
        <source>Signed on:</source>
        <translation>Podpisano:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="57"/>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="126"/>
        <source>Record signa&amp;ture</source>
        <translation>Zapisz &amp;podpis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="59"/>
        <source>Print rules for this member…</source>
        <translation>Drukuj zasady dla tej osoby…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="61"/>
        <source>The ground-rules handout with this member's name on the signature line</source>
        <translation>Wydruk zasad grupy z imieniem tego uczestnika przy miejscu na podpis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="124"/>
        <source>Record signa&amp;ture of v{n}</source>
        <translation>Zapisz &amp;podpis (wersja {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="143"/>
        <source>Recorded: signed version {n} on {date}.</source>
        <translation>Zapisano: podpis pod wersją {n}, {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="166"/>
        <source>This group has no ground rules yet.</source>
        <translation>Ta grupa nie ma jeszcze zasad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="168"/>
        <source>Signed the current rules (v{n}) on {date}.</source>
        <translation>Podpisane aktualne zasady (wersja {n}), {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="173"/>
        <source>Signed v{old} on {date}; not yet the current rules (v{n}).</source>
        <translation>Podpisana wersja {old}, {date}; aktualne zasady (wersja {n}) jeszcze niepodpisane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="178"/>
        <source>Not signed the current rules (v{n}).</source>
        <translation>Aktualne zasady (wersja {n}) niepodpisane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="184"/>
        <source>Earlier: {versions}</source>
        <translation>Wcześniej: {versions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="186"/>
        <source>v{n} on {date}</source>
        <translation>wersja {n}, {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="205"/>
        <source>%Ln of {members} members have signed v{n}.</source>
        <translation>
            <numerusform>Podpisy pod wersją {n}: %Ln z {members} uczestników.</numerusform>
            <numerusform>Podpisy pod wersją {n}: %Ln z {members} uczestników.</numerusform>
            <numerusform>Podpisy pod wersją {n}: %Ln z {members} uczestników.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddendaList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="33"/>
        <source>Addendum of {date}, {time}</source>
        <translation>Uzupełnienie z {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="39"/>
        <source>This addendum is damaged and cannot be shown.</source>
        <translation>To uzupełnienie jest uszkodzone i nie da się go wyświetlić.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="25"/>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="39"/>
        <source>Addendum</source>
        <translation>Uzupełnienie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="29"/>
        <source>The note is signed: it stays as it was. The addendum is added under it, dated today, and cannot be changed either.</source>
        <translation>Dokumentacja jest podpisana: pozostaje bez zmian. Uzupełnienie zostanie dodane pod nią z dzisiejszą datą i również nie będzie można go zmienić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="45"/>
        <source>&amp;Add addendum</source>
        <translation>&amp;Dodaj uzupełnienie</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Segment</source>
        <translation>Część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="64"/>
        <source>Add segmen&amp;t</source>
        <translation>&amp;Dodaj część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="65"/>
        <source>Add a segment at the end of the agenda</source>
        <translation>Dodaj część na końcu planu spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="68"/>
        <source>No segments yet: add check-in, discussion and check-out.</source>
        <translation>Nie ma jeszcze części: dodaj rundę otwierającą, rozmowę i rundę zamykającą.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="183"/>
        <source>e.g. Check-in</source>
        <translation>np. Runda otwierająca</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="184"/>
        <source>Segment {n} name</source>
        <translation>Nazwa części {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="190"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="191"/>
        <source>Segment {n} minutes</source>
        <translation>Minuty części {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="193"/>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="194"/>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="196"/>
        <source>Everyone speaks in seat order; anyone may pass.</source>
        <translation>Wszyscy mówią po kolei według miejsc; każdy może spasować.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="197"/>
        <source>Open discussion: raise a hand to join the queue.</source>
        <translation>Otwarta rozmowa: podnieś rękę, by dołączyć do kolejki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="199"/>
        <source>Segment {n} kind</source>
        <translation>Rodzaj części {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="200"/>
        <source>Move segment {n} up</source>
        <translation>Przesuń część {n} wyżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="201"/>
        <source>Move segment {n} down</source>
        <translation>Przesuń część {n} niżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="202"/>
        <source>Remove segment {n}</source>
        <translation>Usuń część {n}</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="33"/>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="35"/>
        <source>Agenda</source>
        <translation>Plan spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add a segment</source>
        <translation>Dodaj część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Change the selected segment's minutes</source>
        <translation>Zmień liczbę minut zaznaczonej części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Minutes…</source>
        <translation>Minuty…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="45"/>
        <source>Remove the selected segment</source>
        <translation>Usuń zaznaczoną część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="46"/>
        <source>Move the selected segment earlier</source>
        <translation>Przesuń zaznaczoną część wcześniej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="47"/>
        <source>Move the selected segment later</source>
        <translation>Przesuń zaznaczoną część później</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>round</source>
        <translation>runda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="146"/>
        <source>{mark}  {name} · {minutes} min · {kind}</source>
        <translation>{mark}  {name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="150"/>
        <source> · took {took}</source>
        <translation> · trwała {took}</translation>
    </message>
</context>
<context>
    <name>AirtimeBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/airtime_bars.py" line="76"/>
        <source>Airtime</source>
        <translation>Czas mówienia</translation>
    </message>
</context>
<context>
    <name>AnnouncementSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="20"/>
        <source>Screen reader</source>
        <translation>Czytnik ekranu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="24"/>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="25"/>
        <source>key moments</source>
        <translation>najważniejsze chwile</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="26"/>
        <source>key moments and each minute left</source>
        <translation>najważniejsze chwile i każdą pozostałą minutę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="30"/>
        <source>What a session announces to a screen reader</source>
        <translation>Co spotkanie ogłasza czytnikowi ekranu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="33"/>
        <source>During a session, &amp;announce</source>
        <translation>Podczas spotkania &amp;ogłaszaj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="40"/>
        <source>Key moments: a new speaker, a new segment, nearly done and over time. Your screen reader says them after what it is reading; only “over time” interrupts it. Without a screen reader nothing is said.</source>
        <translation>Najważniejsze chwile: nowa osoba mówiąca, nowa część, zbliżający się koniec i przekroczenie czasu. Czytnik ekranu mówi o nich po tym, co właśnie czyta; przerywa mu tylko „po czasie”. Bez czytnika ekranu nic nie jest mówione.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="118"/>
        <source>Correct attendance</source>
        <translation>Popraw obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="126"/>
        <source>— not recorded —</source>
        <translation>— brak wpisu —</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="138"/>
        <source>&amp;Save corrections</source>
        <translation>&amp;Zapisz poprawki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="142"/>
        <source>Attendance on {date}</source>
        <translation>Obecność, {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="145"/>
        <source>Each change is recorded with today's date and shown on the session.</source>
        <translation>Każda zmiana zostanie zapisana z dzisiejszą datą i pokazana przy spotkaniu.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="53"/>
        <source>Attendance grid</source>
        <translation>Siatka obecności</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="59"/>
        <source>{members} over {sessions}</source>
        <translation>{members}, {sessions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="146"/>
        <source>Open {alias}'s page</source>
        <translation>Otwórz stronę: {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="157"/>
        <source>Open the session of {date}</source>
        <translation>Otwórz spotkanie z {date}</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="32"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="59"/>
        <source>Corrected afterwards.</source>
        <translation>Poprawione później.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="60"/>
        <source>Click to open their page.</source>
        <translation>Kliknij, aby otworzyć stronę uczestnika.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="90"/>
        <source>Member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="91"/>
        <source>Here</source>
        <translation>Jest</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="92"/>
        <source>Late</source>
        <translation>Spóźn.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="93"/>
        <source>Left</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="94"/>
        <source>Excused</source>
        <translation>Uspr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="95"/>
        <source>Absent</source>
        <translation>Nieob.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="98"/>
        <source>The member's number for the whole session: press it to queue them once they are here (0 then two digits from 10 up)</source>
        <translation>Numer uczestnika na całe spotkanie: naciśnij go, aby dopisać osobę do kolejki, gdy już jest (od 10 w górę: 0 i dwie cyfry)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="102"/>
        <source>Click a name to add the member to the queue</source>
        <translation>Kliknij imię, aby dopisać uczestnika do kolejki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="103"/>
        <source>Present: click, or Enter on the row</source>
        <translation>Obecność: kliknij albo naciśnij Enter na wierszu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="104"/>
        <source>Late: the first arrival time is kept</source>
        <translation>Spóźnienie: zapamiętywana jest pierwsza godzina przyjścia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="105"/>
        <source>Left early: the time is kept</source>
        <translation>Wcześniejsze wyjście: godzina zostaje zapamiętana</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="106"/>
        <source>Excused: told ahead they could not come</source>
        <translation>Usprawiedliwiona: nieobecność zgłoszona wcześniej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="107"/>
        <source>Absent without notice</source>
        <translation>Nieobecność bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="112"/>
        <source>Speaking now</source>
        <translation>Teraz mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="113"/>
        <source>Up next</source>
        <translation>Następna osoba</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="114"/>
        <source>Waiting to speak</source>
        <translation>Czeka na głos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="118"/>
        <source>speaking now</source>
        <translation>teraz mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="119"/>
        <source>up next</source>
        <translation>następna osoba</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="120"/>
        <source>waiting to speak</source>
        <translation>czeka na głos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="123"/>
        <source>here</source>
        <translation>obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="124"/>
        <source>late</source>
        <translation>spóźnienie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="125"/>
        <source>left early</source>
        <translation>wcześniejsze wyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="126"/>
        <source>excused</source>
        <translation>usprawiedliwiona nieobecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="127"/>
        <source>absent</source>
        <translation>nieobecność bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="128"/>
        <source>not marked yet</source>
        <translation>jeszcze nieoznaczona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="188"/>
        <source>Number {n} for the whole session</source>
        <translation>Numer {n} na całe spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="190"/>
        <source>Number {n}</source>
        <translation>Numer {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>chosen</source>
        <translation>wybrane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>not chosen</source>
        <translation>niewybrane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="204"/>
        <source>Attendance of {name}: one choice of {count}</source>
        <translation>Obecność: {name}, jedna z {count} opcji</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="228"/>
        <source>Not marked yet</source>
        <translation>Jeszcze nieoznaczone</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="127"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="142"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="129"/>
        <source>&amp;All present</source>
        <translation>Wszyscy n&amp;a miejscu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="130"/>
        <source>Mark everyone not marked yet as present (Alt+A)</source>
        <translation>Oznacz jako obecnych wszystkich jeszcze nieoznaczonych (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="194"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="201"/>
        <source>&amp;Here</source>
        <translation>&amp;Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="195"/>
        <source>&amp;Late (arrives now)</source>
        <translation>&amp;Spóźnienie (przychodzi teraz)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="196"/>
        <source>Left &amp;early (leaves now)</source>
        <translation>&amp;Wcześniejsze wyjście (wychodzi teraz)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="197"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="204"/>
        <source>E&amp;xcused</source>
        <translation>&amp;Usprawiedliwiona nieobecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="205"/>
        <source>&amp;Absent</source>
        <translation>&amp;Nieobecność bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="202"/>
        <source>&amp;Late · came {time}</source>
        <translation>&amp;Spóźnienie · przyjście {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="203"/>
        <source>Left &amp;early · left {time}</source>
        <translation>&amp;Wcześniejsze wyjście · o {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="210"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="211"/>
        <source>One guest fewer</source>
        <translation>O jednego gościa mniej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="214"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="215"/>
        <source>One more guest</source>
        <translation>O jednego gościa więcej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="225"/>
        <source>Guests (not members):</source>
        <translation>Goście (spoza grupy):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="250"/>
        <source>%n here</source>
        <translation>
            <numerusform>obecnych: %n</numerusform>
            <numerusform>obecnych: %n</numerusform>
            <numerusform>obecnych: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="252"/>
        <source>%n late</source>
        <translation>
            <numerusform>spóźnionych: %n</numerusform>
            <numerusform>spóźnionych: %n</numerusform>
            <numerusform>spóźnionych: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="254"/>
        <source>%n not marked</source>
        <translation>
            <numerusform>nieoznaczonych: %n</numerusform>
            <numerusform>nieoznaczonych: %n</numerusform>
            <numerusform>nieoznaczonych: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="310"/>
        <source>Letters do not mark attendance: Enter on a member (or M then their number) opens the choice, or click the status.</source>
        <translation>Litery nie oznaczają obecności: Enter na uczestniku (albo M i jego numer) otwiera wybór; możesz też kliknąć status.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="61"/>
        <source>Only the &amp;current group</source>
        <translation>Tylko &amp;bieżąca grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Last sessions</source>
        <translation>Ostatnie spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>What</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="70"/>
        <source>Their last attendance marks, oldest on the left</source>
        <translation>Ostatnie oznaczenia obecności, najstarsze po lewej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="72"/>
        <source>What needs attention</source>
        <translation>Co wymaga uwagi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="90"/>
        <source>Double-click a line, or select it and press Enter, to open it.</source>
        <translation>Kliknij dwukrotnie wiersz albo zaznacz go i naciśnij Enter, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="96"/>
        <source>Selected</source>
        <translation>Zaznaczone</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="101"/>
        <source>Their airtime share in recent sessions; letters: attendance.</source>
        <translation>Udział w czasie mówienia na ostatnich spotkaniach; litery: obecność.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="108"/>
        <source>The selected note</source>
        <translation>Zaznaczona notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="109"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="111"/>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;załatwione</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="112"/>
        <source>The note's follow-up is done; it leaves this list</source>
        <translation>Sprawa z tej notatki jest załatwiona; zniknie z tej listy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="152"/>
        <source>Follow-ups</source>
        <translation>Do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="214"/>
        <source>Nothing needs following up right now.</source>
        <translation>Nie ma teraz nic do dopilnowania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="162"/>
        <source>Missed sessions without notice</source>
        <translation>Nieobecności bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="163"/>
        <source>Quiet lately</source>
        <translation>Ostatnio mało mówią</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="166"/>
        <source>Notes to follow up</source>
        <translation>Notatki do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="178"/>
        <source>{section} ({n})</source>
        <translation>{section} ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="188"/>
        <source>{date} · overdue</source>
        <translation>{date} · po terminie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="205"/>
        <source>Across your groups: %Ln things to follow up.</source>
        <translation>
            <numerusform>We wszystkich grupach: %Ln sprawa do dopilnowania.</numerusform>
            <numerusform>We wszystkich grupach: %Ln sprawy do dopilnowania.</numerusform>
            <numerusform>We wszystkich grupach: %Ln spraw do dopilnowania.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="206"/>
        <source>Who to call, who to draw in, what you promised.</source>
        <translation>Do kogo zadzwonić, kogo ośmielić, co zostało obiecane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="211"/>
        <source>Open the note</source>
        <translation>Otwórz notatkę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="213"/>
        <source>Open the member's page (the note is listed there)</source>
        <translation>Otwórz stronę uczestnika (tam jest ta notatka)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="214"/>
        <source>The note is shown on the right</source>
        <translation>Notatka jest wyświetlona po prawej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="217"/>
        <source>Open the member's page</source>
        <translation>Otwórz stronę uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open member</source>
        <translation>&amp;Otwórz uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open note</source>
        <translation>&amp;Otwórz notatkę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="239"/>
        <source>Follow up by {date}.</source>
        <translation>Dopilnować do {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="243"/>
        <source>&amp;Open their page</source>
        <translation>&amp;Otwórz stronę uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="284"/>
        <source>Follow-up marked as done.</source>
        <translation>Oznaczono jako załatwione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="293"/>
        <source>{alias} missed %Ln sessions in a row without notice</source>
        <translation>
            <numerusform>{alias}: %Ln nieobecność bez uprzedzenia</numerusform>
            <numerusform>{alias}: %Ln nieobecności z rzędu bez uprzedzenia</numerusform>
            <numerusform>{alias}: %Ln nieobecności z rzędu bez uprzedzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="294"/>
        <source>{alias} · %Ln in a row</source>
        <translation>
            <numerusform>{alias} · %Ln z rzędu</numerusform>
            <numerusform>{alias} · %Ln z rzędu</numerusform>
            <numerusform>{alias} · %Ln z rzędu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="297"/>
        <source>{alias} has said little for %Ln sessions in a row</source>
        <translation>
            <numerusform>{alias} mało się odzywa od %Ln spotkania</numerusform>
            <numerusform>{alias} mało się odzywa od %Ln spotkań z rzędu</numerusform>
            <numerusform>{alias} mało się odzywa od %Ln spotkań z rzędu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="298"/>
        <source>{alias} · %Ln sessions</source>
        <translation>
            <numerusform>{alias} · %Ln spotkanie</numerusform>
            <numerusform>{alias} · %Ln spotkania</numerusform>
            <numerusform>{alias} · %Ln spotkań</numerusform>
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
        <translation>ddd, d MMM yyyy, {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="61"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln grupa</numerusform>
            <numerusform>%Ln grupy</numerusform>
            <numerusform>%Ln grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="62"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestników</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="63"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln spotkanie</numerusform>
            <numerusform>%Ln spotkania</numerusform>
            <numerusform>%Ln spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="64"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln notatka</numerusform>
            <numerusform>%Ln notatki</numerusform>
            <numerusform>%Ln notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="79"/>
        <source>Backup made. Damaged records found while checking it: %Ln (they are damaged in the workspace too and cannot be read). Everything else was verified and is in the backup.</source>
        <translation>
            <numerusform>Kopia utworzona. Podczas sprawdzania znaleziono uszkodzone rekordy: %Ln (są uszkodzone także w przestrzeni roboczej i nie da się ich odczytać). Wszystko inne zostało sprawdzone i jest w kopii.</numerusform>
            <numerusform>Kopia utworzona. Podczas sprawdzania znaleziono uszkodzone rekordy: %Ln (są uszkodzone także w przestrzeni roboczej i nie da się ich odczytać). Wszystko inne zostało sprawdzone i jest w kopii.</numerusform>
            <numerusform>Kopia utworzona. Podczas sprawdzania znaleziono uszkodzone rekordy: %Ln (są uszkodzone także w przestrzeni roboczej i nie da się ich odczytać). Wszystko inne zostało sprawdzone i jest w kopii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="96"/>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="110"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="101"/>
        <source>A verified copy is made when you close the app and once a day while it is open. Backups are encrypted like the workspace and open with the same passphrase.</source>
        <translation>Sprawdzona kopia powstaje przy zamykaniu aplikacji i raz dziennie, gdy jest otwarta. Kopie są zaszyfrowane tak jak przestrzeń robocza i otwiera je to samo hasło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Holds</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Made</source>
        <translation>Utworzona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="117"/>
        <source>The computer's clock was changed between backups, so their dates are out of order. The list shows them in the order they were made, newest first.</source>
        <translation>Zegar komputera został zmieniony między kopiami, więc ich daty nie są po kolei. Lista pokazuje je w kolejności tworzenia, od najnowszej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="131"/>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Liczba przechowywanych kopii:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="136"/>
        <source>backups</source>
        <translation>(najnowsze)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>Utwórz &amp;kopię teraz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="142"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="145"/>
        <source>&amp;Export for another laptop…</source>
        <translation>&amp;Eksportuj na inny laptop…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="179"/>
        <source>No backups yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="195"/>
        <source>Backup made and verified.</source>
        <translation>Kopia utworzona i sprawdzona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="218"/>
        <source>Restore this backup?</source>
        <translation>Przywrócić tę kopię?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="220"/>
        <source>Go back to the backup made {made}?</source>
        <extracomment>{made} is when the backup was made, as the list shows it.</extracomment>
        <translation>Wrócić do kopii zapasowej z {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="221"/>
        <source>Everything changed since then is replaced. The current state is backed up first, so you can come back to it. You will unlock again afterwards.</source>
        <translation>Wszystko, co zmieniono od tamtej pory, zostanie zastąpione. Obecny stan zostanie najpierw zapisany w kopii, więc można będzie do niego wrócić. Potem odblokujesz przestrzeń roboczą ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="225"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="234"/>
        <source>Export the workspace</source>
        <translation>Eksportuj przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="236"/>
        <source>Facilitator workspace (*.fdw)</source>
        <translation>Przestrzeń robocza Facilitator Desktop (*.fdw)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="248"/>
        <source>Exported. On the new laptop choose Import… and use the same passphrase.</source>
        <translation>Wyeksportowano. Na nowym laptopie wybierz Importuj… i użyj tego samego hasła.</translation>
    </message>
    <message>
        <source>Go back to the backup made %s?</source>
        <translation type="vanished">Wrócić do kopii zapasowej z %s?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="50"/>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="53"/>
        <source>Change your passphrase</source>
        <translation>Zmień swoje hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="54"/>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Obecne hasło:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="68"/>
        <source>Why are you changing it?</source>
        <translation>Dlaczego je zmieniasz?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="69"/>
        <source>&amp;Routine change: nobody else knows the old one</source>
        <translation>&amp;Rutynowa zmiana: nikt inny nie zna starego</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="70"/>
        <source>&amp;Someone may know the old one, or saw it typed</source>
        <translation>&amp;Ktoś może znać stare albo widział, jak je wpisujesz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="87"/>
        <source>C&amp;hange passphrase</source>
        <translation>Z&amp;mień hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="138"/>
        <source>A new workspace key is made and every private detail is re-encrypted, backups included, so a copy of the old key is useless. A recovery key stops working; a new one is shown to print.</source>
        <translation>Powstanie nowy klucz przestrzeni roboczej, a wszystkie prywatne dane zostaną ponownie zaszyfrowane, także w kopiach zapasowych, więc kopia starego klucza stanie się bezużyteczna. Klucz odzyskiwania przestanie działać; zobaczysz nowy do wydrukowania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="144"/>
        <source>Only the lock on the workspace key changes, in the workspace and in every backup: from now on only the new passphrase opens them.</source>
        <translation>Zmieni się tylko zamek klucza przestrzeni roboczej, w niej samej i we wszystkich kopiach zapasowych: od teraz otwiera je tylko nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="167"/>
        <source>That is the passphrase you have now.</source>
        <translation>To jest twoje obecne hasło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="187"/>
        <source>Checking the current passphrase…</source>
        <translation>Sprawdzanie obecnego hasła…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="211"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>To nie jest obecne hasło. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="218"/>
        <source>The passphrase could not be changed: {reason}</source>
        <translation>Nie udało się zmienić hasła: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="224"/>
        <source>The passphrase could not be changed ({kind}). Nothing was changed.</source>
        <translation>Nie udało się zmienić hasła ({kind}). Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="39"/>
        <source>No sessions to show.</source>
        <translation>Brak spotkań do pokazania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="42"/>
        <source>One session, {date}.</source>
        <translation>Jedno spotkanie, {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="44"/>
        <source>{count} from {first} to {last}.</source>
        <translation>{count} od {first} do {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="53"/>
        <source>Lowest {low} ({low_date}), highest {high} ({high_date}).</source>
        <translation>Najniżej {low} ({low_date}), najwyżej {high} ({high_date}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="59"/>
        <source>Latest first: {values}.</source>
        <translation>Od najnowszych: {values}.</translation>
    </message>
</context>
<context>
    <name>CheckinLine</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="58"/>
        <source>No check-in scores recorded for them yet.</source>
        <translation>Brak zapisanych ocen samopoczucia tej osoby.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="60"/>
        <source>Check-in score, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Ocena samopoczucia, jedno spotkanie, {date}: {score} (skala od {low} do {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="68"/>
        <source>Check-in scores, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Oceny samopoczucia, spotkania: {n}, od {first} do {last}: ostatnia {latest}, najniższa {lowest}, najwyższa {highest} (skala od {low} do {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="88"/>
        <source>No check-in scores recorded in this group yet.</source>
        <translation>Brak zapisanych ocen samopoczucia w tej grupie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="90"/>
        <source>Group check-in average, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Średnia ocen samopoczucia grupy, jedno spotkanie, {date}: {score} (skala od {low} do {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="100"/>
        <source>Group check-in average, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Średnia ocen samopoczucia grupy, spotkania: {n}, od {first} do {last}: ostatnia {latest}, najniższa {lowest}, najwyższa {highest} (skala od {low} do {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="123"/>
        <source>One score could not be read (damaged) and is left out.</source>
        <translation>Jednej oceny nie da się odczytać (uszkodzona) i została pominięta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="127"/>
        <source>{n} scores could not be read (damaged) and are left out.</source>
        <translation>Nie da się odczytać ocen (uszkodzone), pominięte: {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <source>Check-in average per session</source>
        <translation>Średnia ocen samopoczucia na spotkaniu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Check-in scores</source>
        <translation>Oceny samopoczucia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Group check-in average</source>
        <translation>Średnia ocen samopoczucia grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="156"/>
        <source>Check-in summary</source>
        <translation>Podsumowanie ocen samopoczucia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="158"/>
        <source>Dots: the average of the scores said in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Kropki: średnia ocen podanych na każdym spotkaniu; linia przerywana: średnia z ostatnich 4. Kliknij kropkę, aby otworzyć to spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="163"/>
        <source>Dots: their score in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Kropki: ocena tej osoby na każdym spotkaniu; linia przerywana: średnia z ostatnich 4. Kliknij kropkę, aby otworzyć to spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>average</source>
        <translation>średnia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>check-in</source>
        <translation>samopoczucie</translation>
    </message>
</context>
<context>
    <name>CheckinScaleEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="53"/>
        <source>Lowest check-in score</source>
        <translation>Najniższa ocena samopoczucia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="54"/>
        <source>Highest check-in score</source>
        <translation>Najwyższa ocena samopoczucia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="57"/>
        <source>How are you arriving today?</source>
        <translation>Z czym dziś przychodzisz?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="58"/>
        <source>Check-in question</source>
        <translation>Pytanie na otwarcie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="62"/>
        <source>Each member rates themselves aloud in the check-in round; S then the number records it. Higher means better. Scores stay private: never on the room display.</source>
        <translation>Każdy uczestnik w rundzie otwierającej ocenia na głos swoje samopoczucie; S i liczba zapisują ocenę. Wyżej znaczy lepiej. Oceny pozostają prywatne: nigdy nie pojawiają się na ekranie dla grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="71"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="72"/>
        <source>ask&amp;ed:</source>
        <translation>p&amp;ytanie:</translation>
    </message>
</context>
<context>
    <name>CompareStep</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="22"/>
        <source>Compare the safety number</source>
        <translation>Porównaj numer bezpieczeństwa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="26"/>
        <source>If a single digit differs, stop: someone may have changed the card on its way. Exchange cards again in person.</source>
        <translation>Jeśli różni się choć jedna cyfra, przerwij: ktoś mógł zmienić wizytówkę po drodze. Wymieńcie się wizytówkami jeszcze raz, osobiście.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="34"/>
        <source>&amp;Type the digits you both see:</source>
        <translation>&amp;Wpisz cyfry widoczne na obu ekranach:</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="44"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="48"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="85"/>
        <source>That is not the passphrase of this workspace.</source>
        <translation>To nie jest hasło tej przestrzeni roboczej.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="74"/>
        <source>The connection failed ({kind}).</source>
        <translation>Połączenie nie powiodło się ({kind}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="77"/>
        <source>Connected: the server answered and accepted the role.</source>
        <translation>Połączono: serwer odpowiedział i przyjął rolę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="89"/>
        <source>The server refused the role or the password. Check both with your agency.</source>
        <translation>Serwer odrzucił rolę albo hasło. Sprawdź jedno i drugie w swojej organizacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="91"/>
        <source>The server has no database of that name. Check the database's name.</source>
        <translation>Na serwerze nie ma bazy danych o tej nazwie. Sprawdź nazwę bazy danych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="93"/>
        <source>The server has no role of that name. Check the role.</source>
        <translation>Na serwerze nie ma roli o tej nazwie. Sprawdź rolę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="95"/>
        <source>The server offers no verified encrypted (TLS) connection, which is required for every server but this computer. Ask your agency for its certificate set-up.</source>
        <translation>Serwer nie oferuje szyfrowanego połączenia (TLS) ze zweryfikowanym certyfikatem, które jest wymagane dla każdego serwera poza tym komputerem. Zapytaj w swojej organizacji o konfigurację certyfikatu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="100"/>
        <source>Nothing answered in time at that address. Check the address, or the network.</source>
        <translation>Nic nie odpowiedziało na czas pod tym adresem. Sprawdź adres albo sieć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="102"/>
        <source>No server of that name was found. Check the address, or the network.</source>
        <translation>Nie znaleziono serwera o tej nazwie. Sprawdź adres albo sieć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="104"/>
        <source>Nothing answers at that address and port. Check both, or the network.</source>
        <translation>Pod tym adresem i portem nic nie odpowiada. Sprawdź jedno i drugie albo sieć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="105"/>
        <source>The server could not be reached: {detail}</source>
        <translation>Nie udało się połączyć z serwerem: {detail}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="64"/>
        <source>{alias}: attendance {before} → {after}</source>
        <translation>{alias}: obecność {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="66"/>
        <source>not recorded</source>
        <translation>brak wpisu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="77"/>
        <source>turn moved from {before} to {after}</source>
        <translation>wypowiedź przepisana: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="85"/>
        <source>length {before} → {after}</source>
        <translation>długość {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>marked as a pass</source>
        <translation>oznaczona jako pas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>not a pass</source>
        <translation>pas cofnięty</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="93"/>
        <source>A turn: {changes}</source>
        <translation>Wypowiedź: {changes}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="24"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="28"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln sekunda</numerusform>
            <numerusform>%Ln sekundy</numerusform>
            <numerusform>%Ln sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="32"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln godzina</numerusform>
            <numerusform>%Ln godziny</numerusform>
            <numerusform>%Ln godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="90"/>
        <source>%Ln turns</source>
        <translation>
            <numerusform>%Ln wypowiedź</numerusform>
            <numerusform>%Ln wypowiedzi</numerusform>
            <numerusform>%Ln wypowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="94"/>
        <source>%Ln passes</source>
        <translation>
            <numerusform>%Ln pas</numerusform>
            <numerusform>%Ln pasy</numerusform>
            <numerusform>%Ln pasów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="98"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestników</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="102"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln spotkanie</numerusform>
            <numerusform>%Ln spotkania</numerusform>
            <numerusform>%Ln spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="106"/>
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln gość</numerusform>
            <numerusform>%Ln gości</numerusform>
            <numerusform>%Ln gości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="110"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln osoba obecna</numerusform>
            <numerusform>%Ln osoby obecne</numerusform>
            <numerusform>%Ln osób obecnych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="25"/>
        <source>A short report could not be written on this computer (the disk may be full or read-only).</source>
        <translation>Nie udało się zapisać krótkiego raportu na tym komputerze (dysk może być pełny lub tylko do odczytu).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="29"/>
        <source>A short report was written on this computer. It records only where in the program the problem happened: no names, notes or other text from your workspace. Nothing is sent anywhere.</source>
        <translation>Na tym komputerze zapisano krótki raport. Zawiera tylko informację, w którym miejscu programu wystąpił problem: żadnych imion, notatek ani innych tekstów z twojej przestrzeni roboczej. Nic nie jest nigdzie wysyłane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="49"/>
        <source>Facilitator Desktop could not start: it met a problem it did not expect.</source>
        <translation>Nie udało się uruchomić Facilitator Desktop: wystąpił nieoczekiwany problem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="51"/>
        <source>What you saved before is safe. Please try starting it again.</source>
        <translation>To, co zostało wcześniej zapisane, jest bezpieczne. Spróbuj uruchomić aplikację ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="53"/>
        <source>Facilitator Desktop met a problem it did not expect.</source>
        <translation>W Facilitator Desktop wystąpił nieoczekiwany problem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="54"/>
        <source>What you saved is safe. If something on screen looks wrong, save what you can and restart the app.</source>
        <translation>To, co zostało zapisane, jest bezpieczne. Jeśli coś na ekranie wygląda nie tak, zapisz, co się da, i uruchom aplikację ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="63"/>
        <source>Open log folder</source>
        <translation>Otwórz folder z logami</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="72"/>
        <source>It has happened %Ln times since this message appeared.</source>
        <translation>
            <numerusform>Od pojawienia się tego komunikatu zdarzyło się to %Ln raz.</numerusform>
            <numerusform>Od pojawienia się tego komunikatu zdarzyło się to %Ln razy.</numerusform>
            <numerusform>Od pojawienia się tego komunikatu zdarzyło się to %Ln razy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="63"/>
        <source>Create your workspace</source>
        <translation>Utwórz swoją przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="65"/>
        <source>Your groups, members and notes stay on this computer, in one workspace encrypted with a passphrase that only you know.</source>
        <translation>Twoje grupy, uczestnicy i notatki zostają na tym komputerze, w jednej przestrzeni roboczej zaszyfrowanej hasłem, które znasz tylko ty.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="90"/>
        <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; If it is forgotten, the workspace cannot be opened and nobody can recover it: there is no reset and no back door.</source>
        <translation>&lt;b&gt;Zapisz hasło na kartce i przechowuj je w bezpiecznym miejscu.&lt;/b&gt; Jeśli je zapomnisz, przestrzeni roboczej nie da się otworzyć i nikt jej nie odzyska: nie ma resetu ani tylnych drzwi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="103"/>
        <source>Also create a recovery &amp;key now</source>
        <translation>Utwórz też &amp;klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="105"/>
        <source>A second key, shown once for you to print, that opens the workspace if the passphrase is forgotten. You can also create it later in Settings.</source>
        <translation>Drugi klucz, pokazany jeden raz do wydrukowania, który otwiera przestrzeń roboczą, gdy zapomnisz hasła. Możesz go też utworzyć później w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="117"/>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="188"/>
        <source>&amp;Create workspace</source>
        <translation>&amp;Utwórz przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="121"/>
        <source>&amp;Import from another laptop…</source>
        <translation>&amp;Importuj z innego laptopa…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="123"/>
        <source>Open a workspace exported with Backups ▸ Export, with its passphrase</source>
        <translation>Otwórz przestrzeń roboczą wyeksportowaną przez Kopie zapasowe ▸ Eksportuj, podając jej hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="170"/>
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="179"/>
        <source>The workspace could not be created: {reason}</source>
        <translation>Nie udało się utworzyć przestrzeni roboczej: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="205"/>
        <source>Import a workspace</source>
        <translation>Importuj przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="207"/>
        <source>Facilitator workspace (*.fdw *.db);;All files (*)</source>
        <translation>Przestrzeń robocza Facilitator Desktop (*.fdw *.db);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>DefaultAgenda</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="28"/>
        <source>Check-in</source>
        <translation>Runda otwierająca</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="29"/>
        <source>Discussion</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="30"/>
        <source>Check-out</source>
        <translation>Runda zamykająca</translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="36"/>
        <source>It leaves History for good, with everything recorded in it:</source>
        <translation>Zniknie z historii na zawsze, razem ze wszystkim, co w nim zapisano:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="37"/>
        <source>attendance of %Ln members</source>
        <translation>
            <numerusform>obecność %Ln uczestnika</numerusform>
            <numerusform>obecność %Ln uczestników</numerusform>
            <numerusform>obecność %Ln uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="38"/>
        <source>%Ln turns and passes, and the session's timeline</source>
        <translation>
            <numerusform>%Ln wypowiedź lub pas oraz oś czasu spotkania</numerusform>
            <numerusform>%Ln wypowiedzi i pasy oraz oś czasu spotkania</numerusform>
            <numerusform>%Ln wypowiedzi i pasów oraz oś czasu spotkania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="39"/>
        <source>planned and actual times of %Ln segments</source>
        <translation>
            <numerusform>zaplanowany i faktyczny czas %Ln części</numerusform>
            <numerusform>zaplanowane i faktyczne czasy %Ln części</numerusform>
            <numerusform>zaplanowane i faktyczne czasy %Ln części</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="42"/>
        <source>%Ln corrections made afterwards</source>
        <translation>
            <numerusform>%Ln poprawka wprowadzona później</numerusform>
            <numerusform>%Ln poprawki wprowadzone później</numerusform>
            <numerusform>%Ln poprawek wprowadzonych później</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="43"/>
        <source>Follow-ups, insights and members' pages are counted again without it.</source>
        <translation>Sprawy do dopilnowania, statystyki grupy i strony uczestników zostaną przeliczone bez niego.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="46"/>
        <source>Its %Ln notes are kept, with their group and members, no longer linked to a session, unless you tick the box below.</source>
        <translation>
            <numerusform>Jego %Ln notatka zostanie zachowana, razem z grupą i uczestnikami, ale bez powiązania ze spotkaniem — chyba że zaznaczysz pole poniżej.</numerusform>
            <numerusform>Jego %Ln notatki zostaną zachowane, razem z grupą i uczestnikami, ale bez powiązania ze spotkaniem — chyba że zaznaczysz pole poniżej.</numerusform>
            <numerusform>Jego %Ln notatek zostanie zachowanych, razem z grupą i uczestnikami, ale bez powiązania ze spotkaniem — chyba że zaznaczysz pole poniżej.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="53"/>
        <source>No notes were written in it.</source>
        <translation>Nie zapisano w nim żadnych notatek.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="54"/>
        <source>Backups made before now still hold it until newer backups replace them.</source>
        <translation>Kopie zapasowe zrobione wcześniej nadal je zawierają, dopóki nie zastąpią ich nowsze.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="59"/>
        <source>Also delete its %Ln notes</source>
        <translation>
            <numerusform>Usuń też jego %Ln notatkę</numerusform>
            <numerusform>Usuń też jego %Ln notatki</numerusform>
            <numerusform>Usuń też jego %Ln notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="61"/>
        <source>(%Ln are open follow-ups)</source>
        <translation>
            <numerusform>(w tym do dopilnowania: %Ln)</numerusform>
            <numerusform>(w tym do dopilnowania: %Ln)</numerusform>
            <numerusform>(w tym do dopilnowania: %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="70"/>
        <source>Delete session</source>
        <translation>Usuń spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="72"/>
        <source>Delete the session of {date}, {time}?</source>
        <translation>Usunąć spotkanie z {date}, {time}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="82"/>
        <source>&amp;Delete session</source>
        <translation>&amp;Usuń spotkanie</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="92"/>
        <source>Erase member</source>
        <translation>Wymaż uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="96"/>
        <source>Erase {alias} for good?</source>
        <translation>Wymazać na zawsze: {alias}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="101"/>
        <source>Type the alias to confirm</source>
        <translation>Wpisz imię w grupie, aby potwierdzić</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="106"/>
        <source>Type “{alias}” to confirm:</source>
        <translation>Wpisz „{alias}”, aby potwierdzić:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="113"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Wymaż na zawsze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="136"/>
        <source>their alias, full name, contact and remarks;</source>
        <translation>imię w grupie, imię i nazwisko, kontakt i uwagi tej osoby;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="137"/>
        <source>their attendance and speaking turns in every session;</source>
        <translation>jej obecność i wypowiedzi na wszystkich spotkaniach;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="140"/>
        <source>the %Ln notes that are only about them.</source>
        <translation>
            <numerusform>%Ln notatkę, która dotyczy tylko tej osoby.</numerusform>
            <numerusform>%Ln notatki, które dotyczą tylko tej osoby.</numerusform>
            <numerusform>%Ln notatek, które dotyczą tylko tej osoby.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="141"/>
        <source>all of this in every backup in the data folder, too.</source>
        <translation>a także to wszystko we wszystkich kopiach zapasowych w folderze danych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="142"/>
        <source>&lt;p&gt;This removes, for good:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zostaną usunięte na zawsze:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="145"/>
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</source>
        <translation>
            <numerusform>%Ln notatka, która dotyczy też innych uczestników, zostanie zachowana, ale bez powiązania z tą osobą ({alias}). Jej imię w grupie, imię i nazwisko oraz dane kontaktowe zostaną zastąpione przez „[były uczestnik]” wszędzie, gdzie występują w notatkach grupy, w dowolnej pisowni.</numerusform>
            <numerusform>%Ln notatki, które dotyczą też innych uczestników, zostaną zachowane, ale bez powiązania z tą osobą ({alias}). Jej imię w grupie, imię i nazwisko oraz dane kontaktowe zostaną zastąpione przez „[były uczestnik]” wszędzie, gdzie występują w notatkach grupy, w dowolnej pisowni.</numerusform>
            <numerusform>%Ln notatek, które dotyczą też innych uczestników, zostanie zachowanych, ale bez powiązania z tą osobą ({alias}). Jej imię w grupie, imię i nazwisko oraz dane kontaktowe zostaną zastąpione przez „[były uczestnik]” wszędzie, gdzie występują w notatkach grupy, w dowolnej pisowni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="153"/>
        <source>&lt;p&gt;&lt;b&gt;What stays, out of the app's reach:&lt;/b&gt; member records, CSV files, session summaries and copies for another laptop already exported, and anything printed. Ask for those back or destroy them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Co zostaje poza zasięgiem aplikacji:&lt;/b&gt; już wyeksportowane dane uczestników, pliki CSV, podsumowania spotkań i kopie na inny laptop, a także wszystko, co zostało wydrukowane. Poproś o ich zwrot albo je zniszcz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="158"/>
        <source>&lt;p&gt;This cannot be undone. To give them a copy of their record first, cancel and use &lt;i&gt;Export member record…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tego nie można cofnąć. Aby najpierw dać tej osobie kopię jej danych, anuluj i użyj polecenia &lt;i&gt;Eksportuj dane uczestnika…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “{marker}” wherever they appear in the group's notes, in any spelling.</source>
        <translation type="vanished">
            <numerusform>%Ln notatka dotycząca też innych uczestników zostaje zachowana, ale bez powiązania z tą osobą. Imię w grupie, imię i nazwisko oraz dane kontaktowe osoby {alias} zostaną zastąpione przez „{marker}” wszędzie, gdzie występują w notatkach grupy, w dowolnej pisowni.</numerusform>
            <numerusform>%Ln notatki dotyczące też innych uczestników zostają zachowane, ale bez powiązania z tą osobą. Imię w grupie, imię i nazwisko oraz dane kontaktowe osoby {alias} zostaną zastąpione przez „{marker}” wszędzie, gdzie występują w notatkach grupy, w dowolnej pisowni.</numerusform>
            <numerusform>%Ln notatek dotyczących też innych uczestników zostaje zachowanych, ale bez powiązania z tą osobą. Imię w grupie, imię i nazwisko oraz dane kontaktowe osoby {alias} zostaną zastąpione przez „{marker}” wszędzie, gdzie występują w notatkach grupy, w dowolnej pisowni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="206"/>
        <source>{name} has {items} items; {count} answers were given.</source>
        <translation>{name}: liczba pytań {items}, liczba podanych odpowiedzi {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="233"/>
        <source>no</source>
        <translation>zero</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="246"/>
        <source>The total</source>
        <translation>Wynik łączny</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="248"/>
        <source>Item {number}</source>
        <translation>Pytanie {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="251"/>
        <location filename="../../facilitator_desktop/domain/measures.py" line="253"/>
        <source>{what} must be a number.</source>
        <translation>{what} musi być liczbą.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a number with one decimal</source>
        <translation>liczbą z jednym miejscem po przecinku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a whole number</source>
        <translation>liczbą całkowitą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="260"/>
        <source>{what} must be {step}.</source>
        <translation>{what} musi być {step}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="265"/>
        <source>{what} must be from {low} to {high}.</source>
        <translation>{what} musi mieścić się w zakresie od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="307"/>
        <source>The standard deviation must be above 0.</source>
        <translation>Odchylenie standardowe musi być większe od 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="309"/>
        <source>The reliability must be from 0 to below 1.</source>
        <translation>Rzetelność musi wynosić co najmniej 0 i mniej niż 1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="333"/>
        <source>Give the measure a name, for example ORS.</source>
        <translation>Nadaj kwestionariuszowi nazwę, na przykład ORS.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="336"/>
        <location filename="../../facilitator_desktop/domain/validation.py" line="64"/>
        <source>Keep the name to {limit} characters or fewer.</source>
        <translation>Nazwa może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="339"/>
        <source>Answers are whole numbers or tenths.</source>
        <translation>Odpowiedzi to liczby całkowite albo z jednym miejscem po przecinku.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="341"/>
        <source>A measure has 1 to {limit} items.</source>
        <translation>Kwestionariusz może mieć od 1 do {limit} pytań.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="346"/>
        <source>An item's range is whole numbers from {low} to {high}.</source>
        <translation>Odpowiedzi na pytanie to liczby całkowite od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="351"/>
        <source>The highest answer must be above the lowest.</source>
        <translation>Najwyższa odpowiedź musi być większa od najniższej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="366"/>
        <source>The reliable change must be a number.</source>
        <translation>Rzetelna zmiana musi być liczbą.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="370"/>
        <source>The reliable change must be above 0 and at most {span} (the whole range of the total).</source>
        <translation>Rzetelna zmiana musi być większa od 0 i wynosić najwyżej {span} (cały zakres wyniku łącznego).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="395"/>
        <source>Use {limit} bands or fewer.</source>
        <translation>Przedziałów może być najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="401"/>
        <source>Band {position} needs a name, for example “mild”.</source>
        <translation>Nadaj nazwę przedziałowi {position}, na przykład „łagodne”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="406"/>
        <source>Keep band {position}'s name to {limit} characters or fewer.</source>
        <translation>Nazwa przedziału {position} może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="410"/>
        <source>Each end of band {position}</source>
        <translation>Każda z granic przedziału {position}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="418"/>
        <source>Band {position} ends before it starts.</source>
        <translation>Przedział {position} kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="426"/>
        <source>The bands “{earlier}” and “{later}” overlap.</source>
        <translation>Przedziały „{earlier}” i „{later}” nachodzą na siebie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="61"/>
        <source>Give the group a name.</source>
        <translation>Nadaj grupie nazwę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="67"/>
        <source>Write the time as HH:MM, for example 18:30.</source>
        <translation>Wpisz godzinę w formacie GG:MM, na przykład 18:30.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="69"/>
        <source>A session lasts between 10 and 480 minutes.</source>
        <translation>Spotkanie może trwać od 10 do 480 minut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="71"/>
        <source>The speaker limit is 1 to 60 minutes.</source>
        <translation>Limit wypowiedzi to od 1 do 60 minut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="75"/>
        <source>Segment {position} needs a name.</source>
        <translation>Część {position} musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="79"/>
        <source>Segment {position} needs 1 to 480 minutes.</source>
        <translation>Część {position} musi trwać od 1 do 480 minut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="83"/>
        <source>Segment {position} must be a round or open.</source>
        <translation>Część {position} musi być rundą albo otwartą rozmową.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="90"/>
        <source>An alias is required: the first name the room sees.</source>
        <translation>Podaj imię w grupie: to imię, które widzą wszyscy na sali.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="93"/>
        <source>Keep the alias to {limit} characters or fewer.</source>
        <translation>Imię w grupie może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="100"/>
        <source>Give the card a short title.</source>
        <translation>Nadaj karcie krótki tytuł.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="104"/>
        <source>Titles are at most {limit} characters (this one has {length}).</source>
        <translation>Tytuł może mieć najwyżej {limit} znaków (ten ma {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="109"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Zapisz zasadę jednym prostym zdaniem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="113"/>
        <source>Keep the statement under {limit} characters.</source>
        <translation>Treść może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="119"/>
        <source>Keep the reason under {limit} characters: it prints under the rule.</source>
        <translation>Uzasadnienie może mieć najwyżej {limit} znaków: drukuje się pod zasadą.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="70"/>
        <source>Something went wrong.</source>
        <translation>Coś poszło nie tak.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="84"/>
        <source>There is no workspace in this folder yet.</source>
        <translation>W tym folderze nie ma jeszcze przestrzeni roboczej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="88"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>To hasło nie odblokowuje tej przestrzeni roboczej. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="92"/>
        <source>This workspace is damaged and cannot be opened. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Ta przestrzeń robocza jest uszkodzona i nie da się jej otworzyć. Na dysku nic nie zostało zmienione. Przywróć kopię zapasową albo zostaw folder bez zmian i poproś o pomoc.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="99"/>
        <source>The part of this workspace that your passphrase opens is damaged. Your recovery key still opens it: choose “Use recovery key”. Nothing has been changed on disk.</source>
        <translation>Część przestrzeni roboczej, którą otwiera twoje hasło, jest uszkodzona. Klucz odzyskiwania nadal ją otwiera: wybierz „Użyj klucza odzyskiwania”. Na dysku nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="106"/>
        <source>This workspace was saved by a newer version of Facilitator Desktop. Please update the app to open it; nothing has been changed.</source>
        <translation>Ta przestrzeń robocza została zapisana przez nowszą wersję Facilitator Desktop. Zaktualizuj aplikację, aby ją otworzyć; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="113"/>
        <source>A workspace already exists in this folder.</source>
        <translation>W tym folderze jest już przestrzeń robocza.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="122"/>
        <source>This file cannot be imported. Nothing has been changed.</source>
        <translation>Nie można zaimportować tego pliku. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="129"/>
        <source>This file cannot be imported: {reason} Nothing has been changed.</source>
        <translation>Nie można zaimportować tego pliku: {reason} Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="137"/>
        <source>That recovery key does not unlock this workspace. Check each group of four.</source>
        <translation>Ten klucz odzyskiwania nie odblokowuje tej przestrzeni roboczej. Sprawdź każdą czwórkę znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="143"/>
        <source>This workspace is already open in another copy of the app.</source>
        <translation>Ta przestrzeń robocza jest już otwarta w innej kopii aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="147"/>
        <source>The workspace could not be saved because of a problem with the disk. What you see is kept in memory; please do not close the app yet.</source>
        <translation>Nie udało się zapisać przestrzeni roboczej z powodu problemu z dyskiem. To, co widzisz, jest przechowywane w pamięci; nie zamykaj jeszcze aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="154"/>
        <source>The disk is full, so the last change could not be saved. Free some space (nothing shown has been lost) and try again.</source>
        <translation>Dysk jest pełny, więc nie udało się zapisać ostatniej zmiany. Zwolnij trochę miejsca (nic z tego, co widać, nie przepadło) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="161"/>
        <source>The data folder is read-only, so nothing can be saved there. Choose a folder you can write to, or change its permissions.</source>
        <translation>Folder danych jest tylko do odczytu, więc nic nie da się w nim zapisać. Wybierz folder, w którym możesz zapisywać, albo zmień jego uprawnienia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="171"/>
        <source>The disk holding the workspace has become read-only, so the last change could not be saved. What you see is kept in memory: do not close the app yet, and check the disk (a loose cable, a memory stick's lock switch).</source>
        <translation>Dysk z przestrzenią roboczą przeszedł w tryb tylko do odczytu, więc nie udało się zapisać ostatniej zmiany. To, co widzisz, jest przechowywane w pamięci: nie zamykaj jeszcze aplikacji i sprawdź dysk (luźny kabel, przełącznik blokady na pendrivie).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="180"/>
        <source>The workspace key is being changed, so this could not be saved yet. What you see is kept and saved in a moment.</source>
        <translation>Trwa zmiana klucza przestrzeni roboczej, więc nie udało się jeszcze tego zapisać. To, co widzisz, jest przechowywane i za chwilę zostanie zapisane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="187"/>
        <source>The workspace is locked. Unlock it to see private details.</source>
        <translation>Przestrzeń robocza jest zablokowana. Odblokuj ją, aby zobaczyć dane prywatne.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="195"/>
        <source>This record is damaged and cannot be shown.</source>
        <translation>Ten zapis jest uszkodzony i nie da się go wyświetlić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="200"/>
        <source>This record is damaged and cannot be changed. Everything else is fine; a backup may hold an intact copy.</source>
        <translation>Ten zapis jest uszkodzony i nie da się go zmienić. Wszystko inne jest w porządku; nienaruszony zapis może się znajdować w kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="210"/>
        <source>Another member's record is damaged, so their names cannot be looked for and removed from this export. Nothing has been exported.</source>
        <translation>Zapis innego uczestnika jest uszkodzony, więc nie da się wyszukać i usunąć z tego eksportu jego imienia i nazwiska. Nic nie zostało wyeksportowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="217"/>
        <source>That item no longer exists.</source>
        <translation>Ten element już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="79"/>
        <source>This workspace could not be brought up to date for this version of Facilitator Desktop. It has been left exactly as it was, and a backup was made first. Please keep the folder as it is and ask for help.</source>
        <translation>Nie udało się zaktualizować tej przestrzeni roboczej do tej wersji Facilitator Desktop. Pozostała dokładnie taka, jaka była, a wcześniej została utworzona kopia zapasowa. Zostaw folder bez zmian i poproś o pomoc.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="89"/>
        <source>The disk is full, so this workspace could not be brought up to date for this version of Facilitator Desktop. Nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Dysk jest pełny, więc nie udało się zaktualizować tej przestrzeni roboczej do tej wersji Facilitator Desktop. Nic nie zostało zmienione. Zwolnij trochę miejsca na dysku i odblokuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="99"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The backup could not be written or did not pass its check, so nothing has been changed and your earlier backups are untouched.</source>
        <translation>Ta wersja Facilitator Desktop aktualizuje przestrzeń roboczą, a najpierw tworzy kopię zapasową. Nie udało się zapisać kopii albo nie przeszła ona kontroli, więc nic nie zostało zmienione, a wcześniejsze kopie zapasowe są nienaruszone.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="104"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The disk is full, so the backup could not be written and nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Ta wersja Facilitator Desktop aktualizuje przestrzeń roboczą, a najpierw tworzy kopię zapasową. Dysk jest pełny, więc nie udało się zapisać kopii i nic nie zostało zmienione. Zwolnij trochę miejsca na dysku i odblokuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/rehearsal.py" line="40"/>
        <source>A rehearsal keeps nothing: there is nothing to back up or export.</source>
        <translation>Próba niczego nie zachowuje: nie ma czego kopiować ani eksportować.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="33"/>
        <source>That member or rule set no longer exists.</source>
        <translation>Ten uczestnik lub zestaw zasad już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="35"/>
        <source>That rule set belongs to another group.</source>
        <translation>Ten zestaw zasad należy do innej grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="56"/>
        <source>The backup could not be written or did not pass its check. Your earlier backups are untouched.</source>
        <translation>Nie udało się zapisać kopii zapasowej albo nie przeszła ona kontroli. Wcześniejsze kopie są nienaruszone.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="169"/>
        <source>The backup copy failed SQLite's integrity check.</source>
        <translation>Kopia zapasowa nie przeszła kontroli integralności SQLite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="173"/>
        <source>The backup copy does not hold this workspace's vault.</source>
        <translation>Kopia zapasowa nie zawiera magazynu kluczy tej przestrzeni roboczej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="177"/>
        <source>The backup copy's vault is damaged.</source>
        <translation>Magazyn kluczy w kopii zapasowej jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="186"/>
        <source>The backup copy cannot be read back.</source>
        <translation>Nie da się odczytać kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="40"/>
        <source>A check-in scale goes in whole numbers.</source>
        <translation>Skala samopoczucia ma tylko liczby całkowite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="44"/>
        <source>A check-in scale goes up, from {lowest} at the lowest to {highest} at the highest (for example 0 to 10, or 1 to 5).</source>
        <translation>Skala samopoczucia rośnie: od {lowest} na dole do {highest} na górze (na przykład od 0 do 10 albo od 1 do 5).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="53"/>
        <source>The check-in question is one line.</source>
        <translation>Pytanie na otwarcie musi się mieścić w jednym wierszu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="57"/>
        <source>The check-in question is at most {limit} characters (it has {length}).</source>
        <translation>Pytanie na otwarcie może mieć najwyżej {limit} znaków (ma {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="68"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Ocena samopoczucia w tej grupie to liczba od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="65"/>
        <source>The workspace key is being changed, so the score could not be recorded. Enter it again in a moment.</source>
        <translation>Trwa zmiana klucza przestrzeni roboczej, więc nie udało się zapisać oceny. Wpisz ją ponownie za chwilę.</translation>
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
        <translation>Ta grupa już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="257"/>
        <source>Check-in scores already recorded in this group go from {low} to {high}: the scale must include them.</source>
        <translation>Oceny samopoczucia zapisane już w tej grupie mieszczą się w zakresie od {low} do {high}: skala musi je obejmować.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="299"/>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="56"/>
        <location filename="../../facilitator_desktop/services/session_summary.py" line="123"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="174"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="218"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="253"/>
        <source>That session no longer exists.</source>
        <translation>To spotkanie już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="302"/>
        <source>That member is not part of this session's group.</source>
        <translation>Ten uczestnik nie należy do grupy tego spotkania.</translation>
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
        <translation>Ten uczestnik już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="27"/>
        <source>Unknown attendance status.</source>
        <translation>Nieznany stan obecności.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="50"/>
        <source>That turn no longer exists.</source>
        <translation>Ta wypowiedź już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="57"/>
        <source>A pass has no length: mark the turn as spoken to give it one.</source>
        <translation>Pas nie ma długości: oznacz wypowiedź jako wygłoszoną, aby ją nadać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="65"/>
        <source>A turn cannot last less than zero seconds.</source>
        <translation>Wypowiedź nie może trwać krócej niż zero sekund.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="125"/>
        <source>Only finished sessions can be corrected.</source>
        <translation>Poprawiać można tylko zakończone spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/erasure.py" line="168"/>
        <source>This member's record is damaged, so the names to remove from notes cannot be read. Nothing has been erased.</source>
        <translation>Zapis tego uczestnika jest uszkodzony, więc nie da się odczytać imion i nazwisk do usunięcia z notatek. Nic nie zostało wymazane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="170"/>
        <source>Choose a day of the week, Monday to Sunday.</source>
        <translation>Wybierz dzień tygodnia, od poniedziałku do niedzieli.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="172"/>
        <source>Choose one of the listed languages for the handouts.</source>
        <translation>Wybierz z listy język wydruków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/handout_data.py" line="45"/>
        <source>This group has no ground rules yet. Add cards on the Rules page first.</source>
        <translation>Ta grupa nie ma jeszcze zasad. Najpierw dodaj karty na stronie Zasady.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="61"/>
        <source>The last action could not be saved (is the disk full?). It is kept in memory and will be saved with the next one; please do not close the app yet.</source>
        <translation>Nie udało się zapisać ostatniej czynności (czy dysk jest pełny?). Jest przechowywana w pamięci i zostanie zapisana razem z następną; nie zamykaj jeszcze aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="278"/>
        <location filename="../../facilitator_desktop/services/live_session.py" line="297"/>
        <source>That member is not part of this session.</source>
        <translation>Ten uczestnik nie bierze udziału w tym spotkaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="382"/>
        <source>{why} The session goes on; it is kept in memory.</source>
        <translation>{why} Spotkanie trwa dalej; jest przechowywane w pamięci.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="127"/>
        <source>That measure no longer exists.</source>
        <translation>Ten kwestionariusz już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="157"/>
        <source>{name} is scored as published and cannot be changed.</source>
        <translation>Kwestionariusz {name} jest punktowany zgodnie z oryginalną publikacją i nie można go zmienić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="167"/>
        <source>{name} already has entries, so its number of items and their range stay as they are. Define a new measure for another form.</source>
        <translation>Kwestionariusz {name} ma już wpisy, więc liczba pytań i ich zakres pozostają bez zmian. Dla innej wersji formularza zdefiniuj nowy kwestionariusz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="188"/>
        <source>There is already a measure called “{name}”.</source>
        <translation>Kwestionariusz o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="242"/>
        <source>{name} is archived. Bring it back in Measures to use it.</source>
        <translation>Kwestionariusz {name} jest w archiwum. Aby go użyć, przywróć go w oknie Kwestionariusze.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="248"/>
        <source>Give the date the form was filled in.</source>
        <translation>Podaj datę wypełnienia formularza.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="250"/>
        <source>The date cannot be after today.</source>
        <translation>Data nie może być późniejsza niż dzisiejsza.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="252"/>
        <source>The date is too far in the past.</source>
        <translation>Ta data jest zbyt odległa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="263"/>
        <source>That session is not one of their group's.</source>
        <translation>To spotkanie nie należy do grupy tego uczestnika.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="309"/>
        <source>That measure entry no longer exists.</source>
        <translation>Ten wpis kwestionariusza już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="217"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="222"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="251"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this export. Nothing has been exported. Restore a backup that holds an intact copy, or erase the damaged member, then export again.</source>
        <translation>Zapis jednego z uczestników grupy „{group}” jest uszkodzony, więc nie da się wyszukać i usunąć z tego eksportu jego imienia i nazwiska. Nic nie zostało wyeksportowane. Przywróć kopię zapasową z nienaruszonym zapisem albo wymaż uszkodzonego uczestnika, a potem wyeksportuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="152"/>
        <source>A member in that order is not in this group.</source>
        <translation>Jeden z uczestników w tej kolejności nie należy do tej grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="173"/>
        <source>“{alias}” is already in this group. Add an initial to tell them apart.</source>
        <translation>„{alias}” jest już w tej grupie. Dodaj inicjał, aby odróżnić te osoby.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="120"/>
        <source>The built-in templates stay. You can change their sections, or put them back as shipped.</source>
        <translation>Wbudowane szablony zostają. Możesz zmienić ich sekcje albo przywrócić ich oryginalną wersję.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="128"/>
        <source>Give the template a name.</source>
        <translation>Nadaj szablonowi nazwę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="130"/>
        <source>Keep the name to {limit} characters.</source>
        <translation>Nazwa może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="133"/>
        <source>A template needs at least one section.</source>
        <translation>Szablon musi mieć co najmniej jedną sekcję.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="136"/>
        <source>A template has at most {limit} sections.</source>
        <translation>Szablon może mieć najwyżej {limit} sekcji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="141"/>
        <source>Section {number} needs a title.</source>
        <translation>Sekcja {number} musi mieć tytuł.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="145"/>
        <source>Keep the title of section {number} to {limit} characters.</source>
        <translation>Tytuł sekcji {number} może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="152"/>
        <source>Keep the guidance of section {number} to {limit} characters.</source>
        <translation>Wskazówka do sekcji {number} może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="159"/>
        <source>Two sections are called “{title}”: give each its own title.</source>
        <translation>Dwie sekcje nazywają się „{title}”: nadaj każdej inny tytuł.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="228"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="236"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="282"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="294"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="309"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="324"/>
        <source>That template no longer exists.</source>
        <translation>Ten szablon już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="297"/>
        <source>Only a built-in template can be put back as shipped.</source>
        <translation>Oryginalną wersję można przywrócić tylko w szablonie wbudowanym.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="336"/>
        <source>There is already a template called “{name}”.</source>
        <translation>Szablon o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="192"/>
        <location filename="../../facilitator_desktop/services/notes.py" line="203"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="310"/>
        <source>That note no longer exists.</source>
        <translation>Ta notatka już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="361"/>
        <source>A member linked to this note no longer exists.</source>
        <translation>Uczestnik powiązany z tą notatką już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rehearsal.py" line="100"/>
        <source>A rehearsal runs in real time, 10× or 60× faster.</source>
        <translation>Próba biegnie w czasie rzeczywistym albo 10× lub 60× szybciej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="115"/>
        <source>That rule set version no longer exists.</source>
        <translation>Ta wersja zestawu zasad już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="127"/>
        <source>Card {index}: {problem}</source>
        <extracomment>{problem} is what is wrong with the card, a whole sentence.</extracomment>
        <translation>Karta {index}: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="35"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="156"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="161"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this copy. Nothing has been made. Restore a backup that holds an intact copy, or erase the damaged member, then try again.</source>
        <translation>Zapis jednego z uczestników grupy „{group}” jest uszkodzony, więc nie da się wyszukać i usunąć z tej kopii jego imienia i nazwiska. Nic nie zostało utworzone. Przywróć kopię zapasową z nienaruszonym zapisem albo wymaż uszkodzonego uczestnika, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="98"/>
        <source>A chosen session is not one of this member's.</source>
        <translation>Jedno z wybranych spotkań nie jest spotkaniem tego uczestnika.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="50"/>
        <source>This session is still running. Its note can be written once it ends.</source>
        <translation>To spotkanie wciąż trwa. Dokumentację można napisać po jego zakończeniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="73"/>
        <source>This session note is signed and can no longer change. Add a dated addendum instead.</source>
        <translation>Dokumentacja tego spotkania jest podpisana i nie można jej już zmienić. Dodaj zamiast tego uzupełnienie z datą.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="163"/>
        <source>That template no longer exists. Nothing was saved.</source>
        <translation>Ten szablon już nie istnieje. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="185"/>
        <source>This note is damaged and cannot be signed. A backup may hold an intact copy.</source>
        <translation>Ta dokumentacja jest uszkodzona i nie można jej podpisać. Nienaruszona wersja może się znajdować w kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="199"/>
        <source>Write the addendum first.</source>
        <translation>Najpierw napisz uzupełnienie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="206"/>
        <source>Addenda are for signed notes. While a note is not signed, change it directly.</source>
        <translation>Uzupełnienia dodaje się do podpisanej dokumentacji. Dopóki nie jest podpisana, zmieniaj ją bezpośrednio.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="374"/>
        <source>That member is not in this session's group.</source>
        <translation>Ten uczestnik nie należy do grupy tego spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="381"/>
        <source>A text this long cannot be kept (over {limit} characters). Nothing was saved; shorten it and it is saved again.</source>
        <translation>Tak długiego tekstu nie da się zachować (ponad {limit} znaków). Nic nie zostało zapisane; skróć go, a znów będzie się zapisywać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="42"/>
        <source>A session of this group is already running. Resume it or end it first.</source>
        <translation>Spotkanie tej grupy już trwa. Najpierw je wznów albo zakończ.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="116"/>
        <source>Give the group at least one agenda segment first.</source>
        <translation>Najpierw dodaj do planu spotkania grupy co najmniej jedną część.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="176"/>
        <source>That session has already ended.</source>
        <translation>To spotkanie już się zakończyło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="234"/>
        <source>That session is still running: end it (or discard it) on the Session page first.</source>
        <translation>To spotkanie wciąż trwa: najpierw je zakończ (albo odrzuć) na stronie Spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="46"/>
        <source>Choose 0 (off) to 240 minutes.</source>
        <translation>Wybierz od 0 (wyłączone) do 240 minut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="49"/>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Przechowuj od 1 do 100 kopii zapasowych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="55"/>
        <source>Choose 1 to 6 absences in a row.</source>
        <translation>Wybierz od 1 do 6 nieobecności z rzędu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="86"/>
        <source>Choose 1 to 60 days.</source>
        <translation>Wybierz od 1 do 60 dni.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="94"/>
        <source>Sharing could not do that.</source>
        <translation>Nie udało się tego zrobić w ramach udostępniania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="172"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="187"/>
        <source>That is this laptop's own card.</source>
        <translation>To wizytówka tego laptopa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="211"/>
        <source>This group is not shared from this laptop any more.</source>
        <translation>Ta grupa nie jest już udostępniana z tego laptopa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="214"/>
        <source>That laptop was removed from this group; it cannot be added back.</source>
        <translation>Ten laptop został usunięty z tej grupy; nie można go dodać ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="232"/>
        <source>That invitation comes from this laptop.</source>
        <translation>To zaproszenie pochodzi z tego laptopa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="276"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="299"/>
        <source>That group is not shared.</source>
        <translation>Ta grupa nie jest udostępniona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="279"/>
        <source>That co-facilitator is not in this group.</source>
        <translation>Ta osoba współprowadząca nie należy do tej grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="318"/>
        <source>Only a note of a shared group can be shared with co-facilitators.</source>
        <translation>Z osobami współprowadzącymi można dzielić się tylko notatką z udostępnionej grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="344"/>
        <source>Give the server's name or address.</source>
        <translation>Podaj nazwę lub adres serwera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="346"/>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Port to liczba od 1 do 65535 (zwykle 5432).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="348"/>
        <source>Give the database's name (63 characters at most).</source>
        <translation>Podaj nazwę bazy danych (najwyżej 63 znaki).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="350"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Podaj rolę (nazwę użytkownika), której użyć do logowania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="352"/>
        <source>These settings cannot hold a null character.</source>
        <translation>Te ustawienia nie mogą zawierać znaku null.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="428"/>
        <source>That conflict is already resolved.</source>
        <translation>Ten konflikt został już rozwiązany.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="62"/>
        <source>That is not a co-facilitator's card. Paste it whole.</source>
        <translation>To nie jest wizytówka osoby współprowadzącej. Wklej ją w całości.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="66"/>
        <source>That card is damaged. Ask for it again.</source>
        <translation>Ta wizytówka jest uszkodzona. Poproś o nią ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="74"/>
        <source>That is not an invitation to a shared group. Paste it whole.</source>
        <translation>To nie jest zaproszenie do wspólnej grupy. Wklej je w całości.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="86"/>
        <source>The safety numbers differ: do not share. Someone may have changed the card on its way; ask for it again in person.</source>
        <translation>Numery bezpieczeństwa się różnią: nie udostępniaj. Ktoś mógł zmienić wizytówkę po drodze; poproś o nią ponownie osobiście.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_state.py" line="92"/>
        <source>That key is not held here.</source>
        <translation>Tego klucza nie ma na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="110"/>
        <source>This workspace has no recovery key.</source>
        <translation>Ta przestrzeń robocza nie ma klucza odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="114"/>
        <source>The recovery key's part of this workspace is damaged, so it cannot open it. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Część przestrzeni roboczej, którą otwiera klucz odzyskiwania, jest uszkodzona, więc nie da się jej nim otworzyć. Na dysku nic nie zostało zmienione. Przywróć kopię zapasową albo zostaw folder bez zmian i poproś o pomoc.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="373"/>
        <source>Band {n}: write where it starts and ends as numbers.</source>
        <translation>Przedział {n}: wpisz jego początek i koniec jako liczby.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="375"/>
        <source>The workspace file cannot be read ({reason}).</source>
        <translation>Nie da się odczytać pliku przestrzeni roboczej ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="416"/>
        <location filename="../../facilitator_desktop/workspace.py" line="418"/>
        <source>Part of this workspace file is damaged (SQLite's check found damaged pages), so it cannot be opened safely. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Część pliku przestrzeni roboczej jest uszkodzona (kontrola SQLite wykryła uszkodzone strony), więc nie da się go bezpiecznie otworzyć. Na dysku nic nie zostało zmienione. Przywróć kopię zapasową albo zostaw folder bez zmian i poproś o pomoc.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="73"/>
        <source>it could not be written into the data folder ({reason}).</source>
        <translation>nie udało się go zapisać w folderze danych ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="74"/>
        <source>it cannot be read ({reason}).</source>
        <translation>nie da się go odczytać ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="131"/>
        <source>it is not an ordinary file.</source>
        <translation>nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="134"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="148"/>
        <source>it is empty.</source>
        <translation>jest pusty.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="136"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="145"/>
        <source>it is far larger than any workspace (over 2 GiB).</source>
        <translation>jest znacznie większy niż jakakolwiek przestrzeń robocza (ponad 2 GiB).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="170"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="189"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="191"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="310"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="318"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="320"/>
        <source>it is damaged (it failed SQLite's integrity check).</source>
        <translation>jest uszkodzony (nie przeszedł kontroli integralności SQLite).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="177"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="182"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="204"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="215"/>
        <source>it is not a workspace exported by Facilitator Desktop.</source>
        <translation>nie jest przestrzenią roboczą wyeksportowaną z Facilitator Desktop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="179"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="187"/>
        <source>its structure is not one Facilitator Desktop ever wrote (extra or missing tables, indexes, triggers or views), so it may have been altered.</source>
        <translation>jego struktura nie pochodzi z Facilitator Desktop (dodatkowe lub brakujące tabele, indeksy, wyzwalacze albo widoki), więc mógł zostać zmieniony.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="208"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="210"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="213"/>
        <source>it is incomplete or damaged (it may have been cut short while copying).</source>
        <translation>jest niekompletny albo uszkodzony (kopiowanie mogło zostać przerwane).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="289"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="308"/>
        <source>the key that unlocks it (its vault) is damaged.</source>
        <translation>klucz, który go odblokowuje (magazyn kluczy), jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="312"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="317"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="422"/>
        <source>there is not enough free disk space beside the data folder to check and copy it.</source>
        <translation>obok folderu danych brakuje wolnego miejsca na dysku, żeby go sprawdzić i skopiować.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="314"/>
        <source>a problem with the disk</source>
        <translation>problem z dyskiem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="352"/>
        <source>some of its records refer to records that are not there.</source>
        <translation>niektóre zapisy odwołują się do zapisów, których nie ma.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>airtime</source>
        <translation>czas mówienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>attendance</source>
        <translation>listę obecności</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="53"/>
        <source>Export {what}</source>
        <translation>Eksportuj {what}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="54"/>
        <source>The file will hold members' names in plain text.</source>
        <translation>Plik będzie zawierał imiona uczestników w postaci niezaszyfrowanej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="55"/>
        <source>Anyone who opens it can read who came to the group and when. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Każdy, kto go otworzy, zobaczy, kto i kiedy przychodził na grupę. Zapisz go tylko tam, gdzie inni nie mają dostępu, i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="105"/>
        <source>Choose where to save…</source>
        <translation>Wybierz, gdzie zapisać…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="64"/>
        <source>Export {what} as CSV</source>
        <translation>Eksportuj {what} do CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="141"/>
        <source>Saved {name}.</source>
        <translation>Zapisano {name}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="98"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="148"/>
        <source>Session summary</source>
        <translation>Podsumowanie spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="99"/>
        <source>The summary shows members' names.</source>
        <translation>Podsumowanie zawiera imiona uczestników.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="101"/>
        <source>Print it for yourself and keep the paper and the file somewhere private.</source>
        <translation>Wydrukuj je dla siebie, a wydruk i plik przechowuj w prywatnym miejscu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="103"/>
        <source>Include my private notes</source>
        <translation>Dołącz moje prywatne notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="115"/>
        <source>Save the session summary</source>
        <translation>Zapisz podsumowanie spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="192"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="193"/>
        <source>The session summary could not be made ({error}). Nothing was saved. Try the Handouts screen, or another paper size.</source>
        <translation>Nie udało się przygotować podsumowania spotkania ({error}). Nic nie zostało zapisane. Spróbuj na stronie Wydruki albo z innym rozmiarem papieru.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>The file could not be saved: {why}</source>
        <translation>Nie udało się zapisać pliku: {why}</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="72"/>
        <source>Save the member record</source>
        <translation>Zapisz dane uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="74"/>
        <source>Member record (*.json)</source>
        <translation>Dane uczestnika (*.json)</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="147"/>
        <source>Export member record</source>
        <translation>Eksportuj dane uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="149"/>
        <source>Review what {alias} will receive</source>
        <translation>Sprawdź, co otrzyma {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="152"/>
        <source>The file holds their private details — full name, contact, remarks, attendance, speaking turns and the notes about them — unencrypted. Give it only to {alias}, keep it somewhere safe, and delete your copy once it has been handed over.</source>
        <translation>Plik zawiera prywatne dane tej osoby — imię i nazwisko, kontakt, uwagi, obecność, wypowiedzi i notatki na jej temat — bez szyfrowania. Przekaż go wyłącznie tej osobie ({alias}), przechowuj w bezpiecznym miejscu i usuń swoją kopię po przekazaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="163"/>
        <source>Text shown in reverse is replaced in the file: other members’ names, phone numbers and e-mail addresses by “{other}”, what you mark by “{hand}”. Select anything else that should not leave and press Redact selection.</source>
        <translation>Tekst pokazany w negatywie zostanie w pliku zastąpiony: imiona innych uczestników, numery telefonów i adresy e-mail przez „{other}”, a to, co zaznaczysz, przez „{hand}”. Zaznacz wszystko inne, co nie powinno wyjść, i naciśnij Zakryj zaznaczenie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="179"/>
        <source>The member record as it will be exported</source>
        <translation>Dane uczestnika w takiej postaci, w jakiej zostaną wyeksportowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="184"/>
        <source>&amp;Redact selection</source>
        <translation>&amp;Zakryj zaznaczenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="185"/>
        <source>Replace the selected text in the file (Delete)</source>
        <translation>Zastąp zaznaczony tekst w pliku (Delete)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="187"/>
        <source>&amp;Undo redaction</source>
        <translation>&amp;Cofnij zakrycie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="188"/>
        <source>&amp;Save…</source>
        <translation>Zapi&amp;sz…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="282"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="288"/>
        <source>Member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="290"/>
        <source>Alias</source>
        <translation>Imię w grupie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="291"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="292"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="293"/>
        <source>Private remarks</source>
        <translation>Prywatne uwagi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="295"/>
        <source>{field}: </source>
        <translation>{field}: </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="297"/>
        <source>Notes ({n})</source>
        <translation>Notatki ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="300"/>
        <source>Written {date}</source>
        <translation>Napisano {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="304"/>
        <source>This note is damaged and cannot be read; the file says so.</source>
        <translation>Ta notatka jest uszkodzona i nie da się jej odczytać; plik to odnotowuje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="308"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="310"/>
        <source>{attendance} and {turns}: dates, statuses and durations only.</source>
        <translation>{attendance} i {turns}: tylko daty, statusy i czasy trwania.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="311"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln wpis obecności</numerusform>
            <numerusform>%Ln wpisy obecności</numerusform>
            <numerusform>%Ln wpisów obecności</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="312"/>
        <source>%Ln speaking turns</source>
        <translation>
            <numerusform>%Ln wypowiedź</numerusform>
            <numerusform>%Ln wypowiedzi</numerusform>
            <numerusform>%Ln wypowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="320"/>
        <source>{auto} ({members} looked for), {hand}.</source>
        <translation>{auto} (szukano: {members}), {hand}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="321"/>
        <source>%Ln redactions found by the app</source>
        <translation>
            <numerusform>%Ln zakrycie znalezione przez aplikację</numerusform>
            <numerusform>%Ln zakrycia znalezione przez aplikację</numerusform>
            <numerusform>%Ln zakryć znalezionych przez aplikację</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="322"/>
        <source>%Ln other members</source>
        <translation>
            <numerusform>%Ln inny uczestnik</numerusform>
            <numerusform>%Ln innych uczestników</numerusform>
            <numerusform>%Ln innych uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="323"/>
        <source>%Ln marked by you</source>
        <translation>
            <numerusform>%Ln zaznaczone przez ciebie</numerusform>
            <numerusform>%Ln zaznaczone przez ciebie</numerusform>
            <numerusform>%Ln zaznaczonych przez ciebie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="339"/>
        <source>Replaced by “{text}” in the file</source>
        <translation>W pliku zastąpione przez „{text}”</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="392"/>
        <source>Select words in the record (not the headings) to redact.</source>
        <translation>Zaznacz słowa w danych (nie w nagłówkach), aby je zakryć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="425"/>
        <source>The file could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="431"/>
        <source>Member record exported. It is not encrypted: keep it safe.</source>
        <translation>Dane uczestnika wyeksportowane. Plik nie jest zaszyfrowany: przechowuj go bezpiecznie.</translation>
    </message>
</context>
<context>
    <name>FacilitatorApp</name>
    <message>
        <location filename="../../facilitator_desktop/ui/lifecycle.py" line="59"/>
        <source>Demo workspace — sample data, passphrase: {passphrase}; deleted when you quit.</source>
        <translation>Przestrzeń demonstracyjna — przykładowe dane, hasło: {passphrase}; zostanie usunięta po zamknięciu aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="22"/>
        <source>your quick note</source>
        <translation>twojej szybkiej notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="25"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="26"/>
        <source>Quit without saving {what}?</source>
        <translation>Zakończyć bez zapisania {what}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="29"/>
        <source>Unlock to save your changes, or quit and lose them.</source>
        <translation>Odblokuj, aby zapisać zmiany, albo zakończ – wtedy przepadną.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="32"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Zakończ bez zapisywania</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="28"/>
        <source>What the session recorded</source>
        <translation>Co zostało zapisane na spotkaniu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="46"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="47"/>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="48"/>
        <source>Excused</source>
        <translation>Usprawiedliwieni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="49"/>
        <source>Absent without notice</source>
        <translation>Nieobecności bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="50"/>
        <source>Guests</source>
        <translation>Goście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="51"/>
        <source>Agenda</source>
        <translation>Plan spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="54"/>
        <source>Rounds</source>
        <translation>Rundy</translation>
    </message>
</context>
<context>
    <name>GroundRulesOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="53"/>
        <source>A short line under the title</source>
        <translation>Krótkie zdanie pod tytułem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="57"/>
        <source>Clear the welcome line</source>
        <translation>Wyczyść powitanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="58"/>
        <source>&amp;Acknowledgement to sign</source>
        <translation>Oświadczenie do podpisa&amp;nia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="60"/>
        <source>A sentence to sign under the rules, with name, signature and date lines</source>
        <translation>Zdanie do podpisania pod zasadami, z miejscem na imię, podpis i datę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="64"/>
        <source>Name on the acknowledgement</source>
        <translation>Imię w oświadczeniu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="68"/>
        <source>Welcome &amp;line:</source>
        <translation>Po&amp;witanie:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="70"/>
        <source>&amp;For:</source>
        <translation>Dl&amp;a:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="73"/>
        <source>Print one copy per member with their name filled in, or a blank line.</source>
        <translation>Wydrukuj po jednym egzemplarzu dla każdego uczestnika z wpisanym imieniem albo z pustym miejscem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="97"/>
        <source>Blank line to fill in</source>
        <translation>Puste miejsce do wpisania</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/groups.py" line="49"/>
        <source>{name} (archived)</source>
        <translation>{name} (w archiwum)</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="18"/>
        <source>No groups yet</source>
        <translation>Nie ma jeszcze grup</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="19"/>
        <source>Current group</source>
        <translation>Bieżąca grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="24"/>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;upa:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="26"/>
        <source>Show ar&amp;chived</source>
        <translation>Pokaż zar&amp;chiwizowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="27"/>
        <source>List archived groups too</source>
        <translation>Pokaż też zarchiwizowane grupy</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="60"/>
        <source>Each group has its own schedule, members, ground rules and agenda.</source>
        <translation>Każda grupa ma własny harmonogram, uczestników, zasady i plan spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="258"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="70"/>
        <source>New grou&amp;p</source>
        <translation>Nowa &amp;grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="71"/>
        <source>Start a new group (Ctrl+N)</source>
        <translation>Załóż nową grupę (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="85"/>
        <source>e.g. Tuesday Grief Circle</source>
        <translation>np. Wtorkowa grupa wsparcia w żałobie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="89"/>
        <source>Who the group is for (optional)</source>
        <translation>Dla kogo jest grupa (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="92"/>
        <source>No fixed day</source>
        <translation>Bez stałego dnia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="97"/>
        <source>HH:MM</source>
        <translation>GG:MM</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="100"/>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="105"/>
        <source>at</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="112"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="121"/>
        <source>A quiet colour cue when someone speaks longer than this.</source>
        <translation>Dyskretny sygnał kolorem, gdy ktoś mówi dłużej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="129"/>
        <source>The app's language</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="132"/>
        <source>Language of the group's handouts</source>
        <translation>Język wydruków grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="137"/>
        <source>Handouts, rule cards from the library and the room display.</source>
        <translation>Wydruki, karty zasad z biblioteki i ekran dla grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="158"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="160"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="161"/>
        <source>Meets &amp;on:</source>
        <translation>Dzień &amp;spotkań:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="163"/>
        <source>Session &amp;length:</source>
        <translation>Czas &amp;trwania:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="165"/>
        <source>Spea&amp;ker soft limit:</source>
        <translation>&amp;Limit wypowiedzi:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="167"/>
        <source>&amp;Handouts in:</source>
        <translation>&amp;Język wydruków:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="170"/>
        <source>Session no&amp;tes:</source>
        <translation>Do&amp;kumentacja:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="173"/>
        <source>Check-&amp;in score:</source>
        <translation>Oc&amp;ena samopoczucia:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="175"/>
        <source>Default &amp;agenda:</source>
        <translation>Domyślny &amp;plan:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="360"/>
        <source>&amp;Save group</source>
        <translation>&amp;Zapisz grupę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="199"/>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="201"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="357"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Archi&amp;ve group…</source>
        <translation>Z&amp;archiwizuj grupę…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="220"/>
        <source>Group details</source>
        <translation>Dane grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="319"/>
        <source>This group's record is damaged, so it cannot be changed. Its members, rules and history are kept, and the other groups are fine.</source>
        <translation>Zapis tej grupy jest uszkodzony, więc nie można go zmienić. Jej uczestnicy, zasady i historia są zachowane, a pozostałe grupy są w porządku.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="326"/>
        <source>The description is damaged and cannot be shown. Saving the group replaces it with what you type.</source>
        <translation>Opis jest uszkodzony i nie da się go wyświetlić. Zapisanie grupy zastąpi go tym, co wpiszesz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>Create your first group</source>
        <translation>Załóż pierwszą grupę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="355"/>
        <source>&amp;Save new group</source>
        <translation>&amp;Zapisz nową grupę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Unarchi&amp;ve group</source>
        <translation>P&amp;rzywróć z archiwum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="371"/>
        <source>Agenda total: {total} of %Ln minutes</source>
        <translation>
            <numerusform>Plan łącznie: {total} z %Ln minuty</numerusform>
            <numerusform>Plan łącznie: {total} z %Ln minut</numerusform>
            <numerusform>Plan łącznie: {total} z %Ln minut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="376"/>
        <source> — longer than the session</source>
        <translation> — dłużej niż spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="412"/>
        <source>Archive group</source>
        <translation>Archiwizuj grupę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="413"/>
        <source>Archive “{name}”?</source>
        <translation>Zarchiwizować „{name}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="414"/>
        <source>The group leaves the lists, but nothing is deleted: its members, ground rules and history are kept. Tick “Show archived” to find it again and unarchive it at any time.</source>
        <translation>Grupa zniknie z list, ale nic nie zostanie usunięte: jej uczestnicy, zasady i historia są zachowane. Zaznacz „Pokaż zarchiwizowane”, aby ją odnaleźć i w każdej chwili przywrócić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="419"/>
        <source>&amp;Archive</source>
        <translation>Z&amp;archiwizuj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="104"/>
        <source>the new group</source>
        <translation>nowej grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="105"/>
        <source>this group</source>
        <translation>tej grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="207"/>
        <source>Group unarchived.</source>
        <translation>Grupa przywrócona z archiwum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="209"/>
        <source>Group archived. Its members, rules and history are kept.</source>
        <translation>Grupa zarchiwizowana. Jej uczestnicy, zasady i historia są zachowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group created.</source>
        <translation>Grupa utworzona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group saved.</source>
        <translation>Grupa zapisana.</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="40"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="52"/>
        <source>Ground rules</source>
        <translation>Zasady grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="191"/>
        <source>Rule cards</source>
        <translation>Karty zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="42"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="192"/>
        <source>Sign-in sheet</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="193"/>
        <source>Session summary</source>
        <translation>Podsumowanie spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="44"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="45"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="46"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="47"/>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="48"/>
        <source>Facilitator</source>
        <translation>Prowadzenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="49"/>
        <source>Confidential: please return to the facilitator</source>
        <translation>Poufne: prosimy o zwrot osobie prowadzącej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="50"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="61"/>
        <source>Confidential</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="51"/>
        <source>Why:</source>
        <translation>Dlaczego:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="52"/>
        <source>Rule set version {version} of {date}</source>
        <translation>Zestaw zasad, wersja {version} z {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="53"/>
        <source>I have read the ground rules of {group} (version {version}) and agree to keep them.</source>
        <translation>Znam zasady grupy {group} (wersja {version}) i zobowiązuję się ich przestrzegać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="56"/>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="57"/>
        <source>fold</source>
        <translation>zagnij</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="58"/>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="59"/>
        <source>Arrival</source>
        <translation>Przyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="60"/>
        <source>Guest</source>
        <translation>Gość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="61"/>
        <source>Agenda: planned and actual</source>
        <translation>Plan spotkania: zaplanowany i rzeczywisty</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="62"/>
        <source>Segment</source>
        <translation>Część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="63"/>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="64"/>
        <source>Actual</source>
        <translation>Faktycznie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="65"/>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="66"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="67"/>
        <source>not held</source>
        <translation>nie odbyła się</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="43"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="70"/>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="71"/>
        <source>Members</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="47"/>
        <source>Airtime</source>
        <translation>Czas głosu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="73"/>
        <source>Member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="74"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="75"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="45"/>
        <source>Turns</source>
        <translation>Wypow.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="46"/>
        <source>Passes</source>
        <translation>Pasy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="77"/>
        <source>Average turn</source>
        <translation>Średnio na wypowiedź</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="78"/>
        <source>No turns were recorded.</source>
        <translation>Nie zapisano żadnych wypowiedzi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="79"/>
        <source>Private notes</source>
        <translation>Prywatne notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="80"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="81"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="82"/>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="83"/>
        <source>Late</source>
        <translation>Spóźnieni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="84"/>
        <source>Left early</source>
        <translation>Wyszli wcześniej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="85"/>
        <source>Excused</source>
        <translation>Usprawiedliwieni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="86"/>
        <source>Absent</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="87"/>
        <source>arrived {time} in</source>
        <translation>przyjście {time} od początku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="88"/>
        <source>left {time} in</source>
        <translation>wyjście {time} od początku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="103"/>
        <source>{day} {month} {year}</source>
        <extracomment>{day}, {month} and {year} are filled in; reorder them as your language writes a date (&quot;{month} {day}, {year}&quot;).</extracomment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="202"/>
        <source>ground-rules</source>
        <translation>zasady-grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="203"/>
        <source>rule-cards</source>
        <translation>karty-zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="204"/>
        <source>sign-in-sheet</source>
        <translation>lista-obecnosci</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="205"/>
        <source>session-summary</source>
        <translation>podsumowanie-spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="29"/>
        <source>Progress entry</source>
        <translation>Wpis indywidualny</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="30"/>
        <source>Progress entry: {name}</source>
        <translation>Wpis indywidualny: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="31"/>
        <source>{first} to {last}</source>
        <translation>od {first} do {last}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="32"/>
        <source>Session of {date}, {start}–{end}</source>
        <translation>Spotkanie {date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="33"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="34"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} z planowanych {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="35"/>
        <source>Members present</source>
        <translation>Obecni uczestnicy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="36"/>
        <source>Guests</source>
        <translation>Goście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="37"/>
        <source>Agenda</source>
        <translation>Plan spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="38"/>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="39"/>
        <source>Group note</source>
        <translation>Część grupowa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="40"/>
        <source>No session note was written.</source>
        <translation>Nie napisano dokumentacji spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="41"/>
        <source>Addendum of {date}</source>
        <translation>Uzupełnienie z {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="42"/>
        <source>This member</source>
        <translation>Ten uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="44"/>
        <source>{status}, {start}–{end}</source>
        <translation>{status}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="48"/>
        <source>{time} ({share} of the time spoken)</source>
        <translation>{time} ({share} czasu mówienia)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="49"/>
        <source>Check-in</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="50"/>
        <source>{score} on a scale of {low} to {high}</source>
        <translation>{score} w skali od {low} do {high}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="51"/>
        <source>Measures that day</source>
        <translation>Kwestionariusze tego dnia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="53"/>
        <source>Acknowledged version {version} (in force)</source>
        <translation>Podpisana wersja {version} (obowiązująca)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="54"/>
        <source>Acknowledged version {version}; version {current} in force</source>
        <translation>Podpisana wersja {version}; obowiązuje wersja {current}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="55"/>
        <source>Not acknowledged; version {current} in force</source>
        <translation>Niepodpisane; obowiązuje wersja {current}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="56"/>
        <source>Progress</source>
        <translation>Postępy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="57"/>
        <source>No lines written for this member.</source>
        <translation>Brak wpisu o tym uczestniku.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="58"/>
        <source>Signed on {date}</source>
        <translation>Podpisano {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="59"/>
        <source>Not signed</source>
        <translation>Niepodpisane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="60"/>
        <source>No session in this period.</source>
        <translation>Brak spotkań w tym okresie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="62"/>
        <source>present</source>
        <translation>obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="63"/>
        <source>late</source>
        <translation>spóźnienie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="64"/>
        <source>left early</source>
        <translation>wcześniejsze wyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="65"/>
        <source>excused</source>
        <translation>usprawiedliwiona nieobecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="66"/>
        <source>absent</source>
        <translation>nieobecność bez uprzedzenia</translation>
    </message>
</context>
<context>
    <name>HandoutProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="152"/>
        <source>Rule {number} is too long to print at a readable size on a card. Shorten it, or leave out its “why”.</source>
        <translation>Zasada {number} jest za długa, by zmieścić się na karcie czytelną czcionką. Skróć ją albo pomiń jej „dlaczego”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="157"/>
        <source>Rule {number} is too long for {per_page} cards per page at a readable size. Choose {fewer} cards per page, or shorten the rule.</source>
        <translation>Zasada {number} jest za długa, by przy {per_page} kartach na stronie zmieścić się czytelną czcionką. Wybierz {fewer} na stronę albo skróć zasadę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="163"/>
        <source>the group's name</source>
        <translation>nazwa grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="164"/>
        <source>rule {number}</source>
        <translation>zasada {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="165"/>
        <source>a member's name</source>
        <translation>imię uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="166"/>
        <source>the welcome line</source>
        <translation>zdanie powitalne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="167"/>
        <source>your details</source>
        <translation>twoje dane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="168"/>
        <source>the support line</source>
        <translation>telefon wsparcia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="169"/>
        <source>the session's title</source>
        <translation>tytuł spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="170"/>
        <source>the agenda</source>
        <translation>plan spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="171"/>
        <source>note {number}</source>
        <translation>notatka {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="172"/>
        <source>the handout's labels</source>
        <translation>etykiety wydruku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="173"/>
        <source>the handout</source>
        <translation>wydruk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="179"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i %n inny</numerusform>
            <numerusform>i %n inne</numerusform>
            <numerusform>i %n innych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="180"/>
        <source>%n character(s) in {where} cannot be printed and will show as □: {chars}.</source>
        <translation>
            <numerusform>Nie da się wydrukować %n znaku ({where}); pojawi się jako □: {chars}.</numerusform>
            <numerusform>Nie da się wydrukować %n znaków ({where}); pojawią się jako □: {chars}.</numerusform>
            <numerusform>Nie da się wydrukować %n znaków ({where}); pojawią się jako □: {chars}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutSidePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="60"/>
        <source>Handout options</source>
        <translation>Opcje wydruku</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="62"/>
        <source>Save handout as PDF</source>
        <translation>Zapisz wydruk jako PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="82"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="83"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Nie udało się zapisać pliku PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="88"/>
        <source>Saved {file}.</source>
        <translation>Zapisano {file}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="107"/>
        <source>Print handout</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="119"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="120"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>Nie udało się uruchomić drukarki. Sprawdź, czy jest podłączona i włączona.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="123"/>
        <source>Sent %Ln pages to the printer.</source>
        <translation>
            <numerusform>Wysłano %Ln stronę do drukarki.</numerusform>
            <numerusform>Wysłano %Ln strony do drukarki.</numerusform>
            <numerusform>Wysłano %Ln stron do drukarki.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="142"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Drukowanie strony {n} z {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="161"/>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="170"/>
        <source>Open in PDF viewer</source>
        <translation>Otwórz w przeglądarce PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="162"/>
        <source>The copy for the viewer could not be written: {reason}</source>
        <translation>Nie udało się zapisać kopii dla przeglądarki: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="171"/>
        <source>No PDF viewer is set up on this computer. Use Save as PDF… instead.</source>
        <translation>Na tym komputerze nie ma przeglądarki PDF. Użyj zamiast tego polecenia Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="176"/>
        <source>Opened a copy in your PDF viewer; it is deleted when you lock or quit.</source>
        <translation>Otwarto kopię w przeglądarce PDF; zostanie usunięta po zablokowaniu lub zamknięciu aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="60"/>
        <source>&amp;Save as PDF…</source>
        <translation>Zapi&amp;sz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="61"/>
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Zapisz wydruk jako plik PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="62"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="63"/>
        <source>Print with the system print dialog (Ctrl+P)</source>
        <translation>Drukuj przez systemowe okno drukowania (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="64"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Otwórz w przeglądarce PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="66"/>
        <source>Open a copy in your usual PDF viewer. The copy is kept in a private temporary folder and deleted when you lock or quit.</source>
        <translation>Otwórz kopię w swojej przeglądarce PDF. Kopia leży w prywatnym folderze tymczasowym i zostanie usunięta po zablokowaniu lub zamknięciu aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="90"/>
        <source>Create a group on the Groups page first; its handouts are printed here.</source>
        <translation>Najpierw załóż grupę na stronie Grupy; tutaj wydrukujesz jej materiały.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="129"/>
        <source>Handouts</source>
        <translation>Wydruki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="264"/>
        <source>Printouts for {group}</source>
        <translation>Wydruki dla grupy {group}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="90"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln strona</numerusform>
            <numerusform>%Ln strony</numerusform>
            <numerusform>%Ln stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="161"/>
        <source>Welcome. These are the agreements that keep this group a safe place for everyone.</source>
        <translation>Witamy. Oto nasze wspólne ustalenia, dzięki którym ta grupa jest bezpiecznym miejscem dla każdego.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="169"/>
        <source>The saved welcome line is damaged and cannot be shown. Type a new one to replace it.</source>
        <translation>Zapisane powitanie jest uszkodzone i nie da się go wyświetlić. Wpisz nowe, aby je zastąpić.</translation>
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
            <numerusform>%Ln osoba obecna</numerusform>
            <numerusform>%Ln osoby obecne</numerusform>
            <numerusform>%Ln osób obecnych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="279"/>
        <source>Updating the preview…</source>
        <translation>Aktualizowanie podglądu…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="301"/>
        <source>No finished sessions yet. A session's summary can be printed here once it has ended.</source>
        <translation>Nie ma jeszcze zakończonych spotkań. Podsumowanie spotkania wydrukujesz tutaj, gdy spotkanie się zakończy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="361"/>
        <source>The handout could not be built ({error}). Try other options.</source>
        <translation>Nie udało się przygotować wydruku ({error}). Spróbuj innych opcji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="93"/>
        <source>Handout</source>
        <translation>Wydruk</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="98"/>
        <source>Groun&amp;d rules</source>
        <translation>&amp;Zasady grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="99"/>
        <source>&amp;Rule cards</source>
        <translation>&amp;Karty zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="100"/>
        <source>S&amp;ign-in sheet</source>
        <translation>&amp;Lista obecności</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="101"/>
        <source>Session summar&amp;y</source>
        <translation>&amp;Podsumowanie spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="104"/>
        <source>The group's rules on one page, to read and sign</source>
        <translation>Zasady grupy na jednej stronie, do przeczytania i podpisania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="105"/>
        <source>One rule per card in large type, to cut or fold</source>
        <translation>Jedna zasada na karcie, dużą czcionką, do wycięcia lub złożenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="106"/>
        <source>Members in seat order with a signature column</source>
        <translation>Uczestnicy w kolejności miejsc, z rubryką na podpis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="107"/>
        <source>A finished session, for your records</source>
        <translation>Zakończone spotkanie, do twojej dokumentacji</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="119"/>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="121"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="122"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 cali)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="124"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="129"/>
        <source>&amp;Paper:</source>
        <translation>Pap&amp;ier:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="130"/>
        <source>&amp;Large print (14 pt text)</source>
        <translation>&amp;Duży druk (tekst 14 pt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="132"/>
        <source>Bigger type for members who find small print hard to read</source>
        <translation>Większa czcionka dla osób, którym trudno czytać drobny druk</translation>
    </message>
</context>
<context>
    <name>HeldNotes</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="68"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="70"/>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="72"/>
        <source>the workspace key was being changed</source>
        <translation>trwała zmiana klucza przestrzeni roboczej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="74"/>
        <source>a problem with the disk</source>
        <translation>problem z dyskiem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="75"/>
        <source>it could not be written</source>
        <translation>nie udało się jej zapisać</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="80"/>
        <source>Your note could not be saved ({why}); it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Nie udało się zapisać notatki ({why}); jest przechowana w postaci zaszyfrowanej i zostanie zapisana po odblokowaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="87"/>
        <source>The note kept while the workspace was locked has been saved.</source>
        <translation>Notatka przechowana na czas blokady została zapisana.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="91"/>
        <source>Your note is still not saved ({why}). It is back in the editor and is saved as soon as the disk takes it; please do not close the app until then.</source>
        <translation>Notatka nadal nie jest zapisana ({why}). Wróciła do edytora i zostanie zapisana, gdy tylko dysk ją przyjmie; do tego czasu nie zamykaj aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="98"/>
        <source>The note kept while the workspace was locked could not be opened again, so it could not be saved.</source>
        <translation>Nie udało się ponownie otworzyć notatki przechowanej na czas blokady, więc nie można jej było zapisać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="107"/>
        <source>Your quick note could not be saved; it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Nie udało się zapisać szybkiej notatki; jest przechowana w postaci zaszyfrowanej i zostanie zapisana po odblokowaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="111"/>
        <source>The quick note you were typing is kept, encrypted, and comes back when you unlock.</source>
        <translation>Rozpoczęta szybka notatka jest przechowana w postaci zaszyfrowanej i wróci po odblokowaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="116"/>
        <source>Still not saved · Enter tries again</source>
        <translation>Nadal niezapisana · Enter ponawia próbę</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="55"/>
        <source>P</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="56"/>
        <source>L</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="57"/>
        <source>LE</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="58"/>
        <source>E</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="59"/>
        <source>A</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="76"/>
        <source>present</source>
        <translation>obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="77"/>
        <source>late</source>
        <translation>spóźnienie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="78"/>
        <source>left early</source>
        <translation>wcześniejsze wyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="69"/>
        <source>excused</source>
        <translation>usprawiedliwiona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="70"/>
        <source>no notice</source>
        <translation>bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="71"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="81"/>
        <source>not recorded</source>
        <translation>brak wpisu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="79"/>
        <source>excused (told ahead)</source>
        <translation>usprawiedliwiona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="80"/>
        <source>absent without notice</source>
        <translation>bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="146"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="67"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="71"/>
        <source>Attendance as CSV…</source>
        <translation>Obecność jako CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="73"/>
        <source>Airtime per member as CSV…</source>
        <translation>Czas mówienia uczestników jako CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="75"/>
        <source>This session's summary as PDF…</source>
        <translation>Podsumowanie tego spotkania jako PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="94"/>
        <source>Past sessions, newest first</source>
        <translation>Minione spotkania, od najnowszego</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="114"/>
        <source>&amp;Delete session…</source>
        <translation>Usuń spotk&amp;anie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="116"/>
        <source>Delete the selected session and everything recorded in it (Delete)</source>
        <translation>Usuń zaznaczone spotkanie i wszystko, co w nim zapisano (Delete)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="174"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="152"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="153"/>
        <source>Group &amp;insights</source>
        <translation>Statystyki &amp;grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="154"/>
        <source>&amp;Member</source>
        <translation>Uc&amp;zestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="158"/>
        <source>Create a group on the Groups page; its past sessions are listed here.</source>
        <translation>Załóż grupę na stronie Grupy; tutaj pojawią się jej minione spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="320"/>
        <source>No finished sessions in this period.</source>
        <translation>Brak zakończonych spotkań w tym okresie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="322"/>
        <source>No finished sessions yet. They appear here after the first one.</source>
        <translation>Nie ma jeszcze zakończonych spotkań. Pojawią się tutaj po pierwszym.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="325"/>
        <source>Newest first; scroll down for older sessions.</source>
        <translation>Od najnowszego; przewiń w dół, aby zobaczyć starsze spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="331"/>
        <source>{group} · how the sessions went</source>
        <translation>{group} · jak przebiegały spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="444"/>
        <source>Session deleted with its notes.</source>
        <translation>Spotkanie usunięte razem z notatkami.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="446"/>
        <source>Session deleted.</source>
        <translation>Spotkanie usunięte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="30"/>
        <source>All sessions</source>
        <translation>Wszystkie spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="31"/>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="32"/>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="33"/>
        <source>Between dates…</source>
        <translation>Między datami…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="35"/>
        <source>S&amp;how:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="28"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Wznów je</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="29"/>
        <source>&amp;End it now</source>
        <translation>&amp;Zakończ je teraz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="43"/>
        <source>Agenda</source>
        <translation>Plan spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="49"/>
        <source>Rehe&amp;arse…</source>
        <translation>&amp;Próba…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="52"/>
        <source>Practise a session on invented members, in real time or faster; nothing is kept</source>
        <translation>Przećwicz spotkanie na zmyślonych uczestnikach, w czasie rzeczywistym lub szybciej; nic nie zostanie zachowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="58"/>
        <source>Opening the session starts nothing yet: mark attendance and adjust the agenda as people arrive, then press Space when the group begins.</source>
        <translation>Otwarcie spotkania jeszcze niczego nie uruchamia: zaznaczaj obecność i dostosuj plan, gdy ludzie się schodzą, a potem naciśnij Spację, gdy grupa zaczyna.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="92"/>
        <source>No group yet</source>
        <translation>Nie ma jeszcze grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="93"/>
        <source>Create a group on the Groups page first.</source>
        <translation>Najpierw załóż grupę na stronie Grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="96"/>
        <source>Open a session</source>
        <translation>Otwórz spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="103"/>
        <source>Meets today at {time}</source>
        <translation>Spotkanie dziś o {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="105"/>
        <source>Meets today</source>
        <translation>Spotkanie dziś</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="107"/>
        <source>Open today's session  (Space)</source>
        <translation>Otwórz dzisiejsze spotkanie  (Spacja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="109"/>
        <source>Not a scheduled day: this will be an extra session.</source>
        <translation>To nie jest dzień spotkań: będzie to dodatkowe spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="110"/>
        <source>Open a session now  (Space)</source>
        <translation>Otwórz spotkanie teraz  (Spacja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="115"/>
        <source>{name} · {minutes} min · {kind}</source>
        <translation>{name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>open discussion</source>
        <translation>otwarta rozmowa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>round</source>
        <translation>runda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="122"/>
        <source>Total {minutes} min</source>
        <translation>Razem {minutes} min</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="82"/>
        <source>Import a workspace</source>
        <translation>Importuj przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="47"/>
        <source>Enter the passphrase this workspace had on the other laptop. The file is checked in full before anything is installed here.</source>
        <translation>Wpisz hasło, które ta przestrzeń robocza miała na drugim laptopie. Plik zostanie w całości sprawdzony, zanim cokolwiek zostanie tu zainstalowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="55"/>
        <source>File: {name}</source>
        <translation>Plik: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="58"/>
        <source>Passphrase of the imported workspace</source>
        <translation>Hasło importowanej przestrzeni roboczej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="64"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="69"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="127"/>
        <source>&amp;Import and open</source>
        <translation>&amp;Importuj i otwórz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="102"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="110"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>To hasło nie odblokowuje tej przestrzeni roboczej. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="119"/>
        <source>The file could not be imported: {reason}</source>
        <translation>Nie udało się zaimportować pliku: {reason}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="102"/>
        <source>Attendance, last %Ln sessions</source>
        <translation>
            <numerusform>Obecność z ostatniego %Ln spotkania</numerusform>
            <numerusform>Obecność z ostatnich %Ln spotkań</numerusform>
            <numerusform>Obecność z ostatnich %Ln spotkań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="104"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="308"/>
        <source>No finished sessions yet.</source>
        <translation>Nie ma jeszcze zakończonych spotkań.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="108"/>
        <source>Attendance over the weeks</source>
        <translation>Obecność w kolejnych tygodniach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="118"/>
        <source>Click a name or a date to open it.</source>
        <translation>Kliknij imię lub datę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="131"/>
        <source>How evenly the airtime is shared</source>
        <translation>Jak równo rozkłada się czas mówienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="133"/>
        <source>Top speaker's share</source>
        <translation>Udział osoby mówiącej najwięcej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="134"/>
        <source>Gini coefficient</source>
        <translation>Współczynnik Giniego</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="136"/>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="143"/>
        <source>No airtime recorded yet.</source>
        <translation>Nie zapisano jeszcze czasu mówienia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="151"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="163"/>
        <source>Segments that run long</source>
        <translation>Części, które się przeciągają</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>On average</source>
        <translation>Średnio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Ran over</source>
        <translation>Przeciągnięte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Segment</source>
        <translation>Część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="158"/>
        <source>Share that ran over</source>
        <translation>Odsetek przeciągniętych</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="196"/>
        <source>Group insights</source>
        <translation>Statystyki grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="275"/>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="279"/>
        <source>0 = everyone present spoke equally; towards 1 = one or two voices took most of the time. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>0 = wszyscy obecni mówili tyle samo; im bliżej 1, tym więcej czasu zajęły jedna lub dwie osoby. Kropki: spotkania; linia przerywana: średnia z ostatnich 4.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="287"/>
        <source>top speaker</source>
        <translation>osoba mówiąca najwięcej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="291"/>
        <source>The share of the airtime taken by whoever spoke most. Lower is more even. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>Część czasu mówienia zajęta przez osobę, która mówiła najwięcej. Im mniej, tym równiej. Kropki: spotkania; linia przerywana: średnia z ostatnich 4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="301"/>
        <source>Over the last %Ln sessions. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</source>
        <translation>
            <numerusform>Z ostatniego %Ln spotkania. Ponad minuta dłużej niż w planie liczy się jako przeciągnięcie; ⚠ = w co najmniej połowie z nich.</numerusform>
            <numerusform>Z ostatnich %Ln spotkań. Ponad minuta dłużej niż w planie liczy się jako przeciągnięcie; ⚠ = w co najmniej połowie z nich.</numerusform>
            <numerusform>Z ostatnich %Ln spotkań. Ponad minuta dłużej niż w planie liczy się jako przeciągnięcie; ⚠ = w co najmniej połowie z nich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="315"/>
        <source>{n} of {m}</source>
        <translation>{n} z {m}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="322"/>
        <source>Runs long in at least half of the sessions.</source>
        <translation>Przeciąga się w co najmniej połowie spotkań.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="330"/>
        <source>{share} of the sessions ran over</source>
        <translation>{share} spotkań z przekroczeniem czasu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="335"/>
        <source>{n} of {m}, runs long in at least half</source>
        <translation>{n} z {m}, przeciąga się w co najmniej połowie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="342"/>
        <source>On average {delta} against the plan; {over} over when it ran long.</source>
        <translation>Średnio {delta} względem planu; {over} ponad plan, gdy się przeciągała.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="354"/>
        <source>Runs long in at least half of the sessions: {segments}.</source>
        <translation>Przeciąga się w co najmniej połowie spotkań: {segments}.</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="71"/>
        <source>Measures</source>
        <translation>Kwestionariusze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="73"/>
        <source>&amp;New measure</source>
        <translation>Dodaj &amp;kwestionariusz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="85"/>
        <source>For example ORS</source>
        <translation>Na przykład ORS</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="90"/>
        <source>Lowest answer</source>
        <translation>Najniższa odpowiedź</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="93"/>
        <source>Highest answer</source>
        <translation>Najwyższa odpowiedź</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="96"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="100"/>
        <source>Answers in &amp;tenths (marks on a 10 cm line, as on ORS and SRS)</source>
        <translation>Odpowiedzi w &amp;dziesiątych (kreska na linii 10 cm, jak w ORS i SRS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="103"/>
        <source>Higher totals are worse</source>
        <translation>Wyższy wynik oznacza gorszy stan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="104"/>
        <source>Higher totals are better</source>
        <translation>Wyższy wynik oznacza lepszy stan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="110"/>
        <source>Bands</source>
        <translation>Przedziały</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="116"/>
        <source>Add &amp;band</source>
        <translation>Dodaj &amp;przedział</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="119"/>
        <source>Remo&amp;ve band</source>
        <translation>U&amp;suń przedział</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="130"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="132"/>
        <source>The smallest change between two totals that is more than measurement error</source>
        <translation>Najmniejsza różnica między dwoma wynikami, która przekracza błąd pomiaru</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="137"/>
        <source>Standard deviation</source>
        <translation>Odchylenie standardowe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="142"/>
        <source>Reliability</source>
        <translation>Rzetelność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="143"/>
        <source>&amp;Compute</source>
        <translation>O&amp;blicz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="146"/>
        <source>Reliable change = 1.96 × √2 × SD × √(1 − reliability) (Jacobson and Truax)</source>
        <translation>Rzetelna zmiana = 1,96 × √2 × SD × √(1 − rzetelność) (Jacobson i Truax)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="150"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="152"/>
        <source>reliability</source>
        <translation>rzetelność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="178"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="180"/>
        <source>&amp;Items:</source>
        <translation>&amp;Liczba pytań:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="181"/>
        <source>Each item &amp;from:</source>
        <translation>Odpowiedzi &amp;od:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="186"/>
        <source>&amp;Direction:</source>
        <translation>Kier&amp;unek:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="187"/>
        <source>Bands:</source>
        <translation>Przedziały:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="190"/>
        <source>&amp;Reliable change:</source>
        <translation>&amp;Rzetelna zmiana:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="191"/>
        <source>or &amp;from:</source>
        <translation>albo &amp;wylicz z:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="196"/>
        <source>The questions of licensed measures are not included: enter the answers or the total from the paper form, and take the bands and the reliable change from its manual.</source>
        <translation>Pytania kwestionariuszy objętych licencją nie są dołączone: wpisz odpowiedzi albo wynik łączny z papierowego formularza, a przedziały i rzetelną zmianę weź z jego podręcznika.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="205"/>
        <source>&amp;Save measure</source>
        <translation>&amp;Zapisz kwestionariusz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="207"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>&amp;Archive</source>
        <translation>Z&amp;archiwizuj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="210"/>
        <source>An archived measure takes no new entries; its entries are kept</source>
        <translation>Zarchiwizowany kwestionariusz nie przyjmuje nowych wpisów; dotychczasowe wpisy zostają</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="256"/>
        <source>{name} (shipped)</source>
        <translation>{name} (wbudowany)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="258"/>
        <source>{name} (archived)</source>
        <translation>{name} (w archiwum)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="275"/>
        <source>New measure</source>
        <translation>Nowy kwestionariusz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="281"/>
        <source>Scored as published; shipped with its questions. {threshold}</source>
        <translation>Punktowany zgodnie z oryginalną publikacją; dołączony razem z pytaniami. {threshold}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="314"/>
        <source>In use: its items and their range stay as they are.</source>
        <translation>W użyciu: pytania i ich zakres pozostają bez zmian.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>Bring &amp;back</source>
        <translation>Przywróć z &amp;archiwum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="397"/>
        <source>Use {n} bands or fewer.</source>
        <translation>Przedziałów może być najwyżej {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="436"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="450"/>
        <source>Archived: it takes no new entries.</source>
        <translation>Zarchiwizowano: nie przyjmuje nowych wpisów.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="452"/>
        <source>Back in use.</source>
        <translation>Znów w użyciu.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="23"/>
        <source>Tuning the lock to this computer…</source>
        <translation>Dopasowywanie zamka do tego komputera…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="25"/>
        <source>Re-encrypting private details: {done} of {total}…</source>
        <translation>Ponowne szyfrowanie prywatnych danych: {done} z {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="28"/>
        <source>Bringing backups in line: {done} of {total}…</source>
        <translation>Aktualizowanie kopii zapasowych: {done} z {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="35"/>
        <source>Out of reach: files already exported (copies for another laptop, member records, CSV files) and printed pages. A copy for another laptop still opens with the secret it was made with; delete those you can.</source>
        <translation>Poza zasięgiem: już wyeksportowane pliki (kopie na inny laptop, dane uczestników, pliki CSV) i wydrukowane strony. Kopia na inny laptop nadal otwiera się sekretem, z którym ją utworzono; usuń te, które możesz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="46"/>
        <source>A new workspace key was made; %Ln private details were re-encrypted.</source>
        <translation>
            <numerusform>Utworzono nowy klucz przestrzeni roboczej; ponownie zaszyfrowano %Ln prywatną informację.</numerusform>
            <numerusform>Utworzono nowy klucz przestrzeni roboczej; ponownie zaszyfrowano %Ln prywatne informacje.</numerusform>
            <numerusform>Utworzono nowy klucz przestrzeni roboczej; ponownie zaszyfrowano %Ln prywatnych informacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="53"/>
        <source>%Ln backups were re-encrypted with the new key.</source>
        <translation>
            <numerusform>%Ln kopię zapasową zaszyfrowano ponownie nowym kluczem.</numerusform>
            <numerusform>%Ln kopie zapasowe zaszyfrowano ponownie nowym kluczem.</numerusform>
            <numerusform>%Ln kopii zapasowych zaszyfrowano ponownie nowym kluczem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="56"/>
        <source>%Ln backups now open only with the new secret.</source>
        <translation>
            <numerusform>%Ln kopia zapasowa otwiera się teraz tylko nowym sekretem.</numerusform>
            <numerusform>%Ln kopie zapasowe otwierają się teraz tylko nowym sekretem.</numerusform>
            <numerusform>%Ln kopii zapasowych otwiera się teraz tylko nowym sekretem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="59"/>
        <source>%Ln backups could not be updated and were removed; a fresh, checked backup takes their place.</source>
        <translation>
            <numerusform>Nie udało się zaktualizować %Ln kopii zapasowej, więc została usunięta; zastępuje ją nowa, sprawdzona kopia.</numerusform>
            <numerusform>Nie udało się zaktualizować %Ln kopii zapasowych, więc zostały usunięte; zastępuje je nowa, sprawdzona kopia.</numerusform>
            <numerusform>Nie udało się zaktualizować %Ln kopii zapasowych, więc zostały usunięte; zastępuje je nowa, sprawdzona kopia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="67"/>
        <source>The backups could not be brought in line just now; that is finished the next time the workspace is unlocked.</source>
        <translation>Nie udało się teraz zaktualizować kopii zapasowych; dokończy się to przy następnym odblokowaniu przestrzeni roboczej.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="74"/>
        <source>%Ln damaged records could not be read, so they stay as they were (unreadable).</source>
        <translation>
            <numerusform>Nie udało się odczytać %Ln uszkodzonego rekordu, więc pozostaje bez zmian (nieczytelny).</numerusform>
            <numerusform>Nie udało się odczytać %Ln uszkodzonych rekordów, więc pozostają bez zmian (nieczytelne).</numerusform>
            <numerusform>Nie udało się odczytać %Ln uszkodzonych rekordów, więc pozostają bez zmian (nieczytelne).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyChangeProgressDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_progress.py" line="30"/>
        <source>Checking the passphrase…</source>
        <translation>Sprawdzanie hasła…</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="104"/>
        <source>Cancelled: no check-in score was recorded.</source>
        <translation>Anulowano: nie zapisano oceny samopoczucia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="114"/>
        <source>Cancelled: no number was chosen.</source>
        <translation>Anulowano: nie wybrano numeru.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="166"/>
        <source>No check-in score recorded: S then the number.</source>
        <translation>Nie zapisano oceny samopoczucia: S, a potem liczba.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="176"/>
        <source>No member chosen: 0 needs two more digits (0 1 2 is member 12).</source>
        <translation>Nie wybrano uczestnika: po 0 potrzebne są jeszcze dwie cyfry (0 1 2 to uczestnik 12).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="193"/>
        <source>{typed} is not on this group's check-in scale ({low} to {high}): no score was recorded.</source>
        <translation>{typed} nie mieści się w skali samopoczucia tej grupy (od {low} do {high}): nie zapisano oceny.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="201"/>
        <source>Check-in score for {name}: {typed}_ (another digit, or a moment for {typed})</source>
        <translation>Ocena samopoczucia, {name}: {typed}_ (kolejna cyfra albo chwila przerwy, by zapisać {typed})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="204"/>
        <source>Check-in score for {name}: type {low} to {high} (Esc cancels)</source>
        <translation>Ocena samopoczucia, {name}: wpisz od {low} do {high} (Esc anuluje)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="213"/>
        <source>Rule card number: {typed} (Esc cancels)</source>
        <translation>Numer karty zasady: {typed} (Esc anuluje)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="215"/>
        <source>Attendance of member {typed} (Esc cancels)</source>
        <translation>Obecność uczestnika {typed} (Esc anuluje)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="216"/>
        <source>Member number: {typed} (Esc cancels)</source>
        <translation>Numer uczestnika: {typed} (Esc anuluje)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="218"/>
        <source>Rule card: type its number (R again: the selected card).</source>
        <translation>Karta zasady: wpisz jej numer (R jeszcze raz: zaznaczona karta).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="219"/>
        <source>Attendance: type the member's number, or choose with ↑↓ and press Enter.</source>
        <translation>Obecność: wpisz numer uczestnika albo wybierz strzałkami ↑↓ i naciśnij Enter.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="89"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="135"/>
        <source>Keys in the room</source>
        <translation>Klawisze na spotkaniu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="138"/>
        <source>One key per action, wherever the focus is; every key also has a button or a click. Keys do nothing while you type a note. A member's number stays the same for the whole session.</source>
        <translation>Jeden klawisz na jedną czynność, niezależnie od tego, gdzie jest fokus; każdy klawisz ma też swój przycisk lub kliknięcie. Gdy piszesz notatkę, klawisze nic nie robią. Numer uczestnika pozostaje ten sam przez całe spotkanie.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../facilitator_desktop/ui/i18n.py" line="73"/>
        <source>System ({language})</source>
        <translation>Systemowy ({language})</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="109"/>
        <source>{title}, in the rule set</source>
        <translation>{title}, w zestawie zasad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="106"/>
        <source>Screens</source>
        <translation>Ekrany</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="119"/>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="120"/>
        <source>Lock the workspace (Ctrl+L)</source>
        <translation>Zablokuj przestrzeń roboczą (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Lock workspace</source>
        <translation>Za&amp;blokuj przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Kopie zapasowe…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Przestrzeń robocza</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="184"/>
        <source>&amp;About {app}</source>
        <translation>&amp;O programie {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="189"/>
        <source>Encrypted workspace · Ctrl+L locks</source>
        <translation>Zaszyfrowana przestrzeń robocza · Ctrl+L blokuje</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="280"/>
        <source>Unsaved changes were cleared when the workspace locked.</source>
        <translation>Niezapisane zmiany zostały odrzucone przy blokowaniu przestrzeni roboczej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="363"/>
        <source>About {app}</source>
        <translation>O programie {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="364"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;An offline companion for facilitators of in-person groups. Everything stays on this computer.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Aplikacja offline dla osób prowadzących grupy spotykające się na żywo. Wszystko zostaje na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="22"/>
        <source>[former member]</source>
        <extracomment>each replaces a name in a text; keep the square brackets so the marker reads as the app's, not as something a member said.</extracomment>
        <translation>[były uczestnik]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="23"/>
        <source>[another member]</source>
        <translation>[inny uczestnik]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="24"/>
        <source>[redacted]</source>
        <translation>[usunięto]</translation>
    </message>
</context>
<context>
    <name>MeasureEntryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="78"/>
        <source>Enter a measure — {alias}</source>
        <translation>Wpisz kwestionariusz — {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="81"/>
        <source>Enter a measure from paper</source>
        <translation>Wpisz kwestionariusz z papieru</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="83"/>
        <source>Measure</source>
        <translation>Kwestionariusz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="85"/>
        <source>&amp;Define measures…</source>
        <translation>&amp;Definiuj kwestionariusze…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="87"/>
        <source>Add a measure whose form you have on paper (ORS, SRS, CORE-10 …)</source>
        <translation>Dodaj kwestionariusz, który masz w wersji papierowej (ORS, SRS, CORE-10 …)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="101"/>
        <source>Date the form was filled in</source>
        <translation>Data wypełnienia formularza</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="104"/>
        <source>Session</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="107"/>
        <source>Each item's &amp;answer</source>
        <translation>&amp;Odpowiedzi na pytania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="108"/>
        <source>Only the &amp;total from the paper</source>
        <translation>Tylko &amp;wynik łączny z papieru</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="120"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Kwestionariusz:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="125"/>
        <source>Filled in &amp;on:</source>
        <translation>Data wy&amp;pełnienia:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="126"/>
        <source>&amp;Session:</source>
        <translation>&amp;Spotkanie:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="127"/>
        <source>Enter:</source>
        <translation>Wpisz:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="156"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="158"/>
        <source>T&amp;otal:</source>
        <translation>Wy&amp;nik łączny:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="177"/>
        <source>Total so far</source>
        <translation>Dotychczasowy wynik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="189"/>
        <source>Stored encrypted; never shown on the room display.</source>
        <translation>Przechowywane w postaci zaszyfrowanej; nigdy nie pojawia się na ekranie dla grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="229"/>
        <source>Not tied to a session</source>
        <translation>Bez powiązania ze spotkaniem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="236"/>
        <source>{date} at {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="269"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="277"/>
        <source>Item {n}</source>
        <translation>Pytanie {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="271"/>
        <source>{n}.</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="297"/>
        <source>There is no measure to enter. Define one first.</source>
        <translation>Nie ma żadnego kwestionariusza do wpisania. Najpierw go zdefiniuj.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="310"/>
        <source>Each item from {low} to {high}.</source>
        <translation>Odpowiedź na każde pytanie: od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="317"/>
        <source>The total is from {low} to {high}.</source>
        <translation>Wynik łączny: od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="374"/>
        <source>Answered {given} of {items} · total so far {total}</source>
        <translation>Odpowiedzi: {given} z {items} · dotychczasowy wynik {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="385"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="408"/>
        <source>Type the total from the paper.</source>
        <translation>Wpisz wynik łączny z papieru.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="389"/>
        <source>Total {total} of {most}</source>
        <translation>Wynik łączny {total} z {most}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="416"/>
        <source>Item {n} has no answer yet. Type it, or enter only the total from the paper.</source>
        <translation>Pytanie {n} nie ma jeszcze odpowiedzi. Wpisz ją albo wpisz tylko wynik łączny z papieru.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="458"/>
        <source>Measure saved.</source>
        <translation>Kwestionariusz zapisany.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="29"/>
        <source>Export {alias}'s scores</source>
        <translation>Eksport wyników: {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="30"/>
        <source>The file will hold {alias}'s name and scores in plain text.</source>
        <translation>Plik będzie zawierał imię osoby {alias} i jej wyniki w postaci zwykłego tekstu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="31"/>
        <source>Anyone who opens it can read how they answered. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Każdy, kto go otworzy, przeczyta odpowiedzi tej osoby. Zapisz go tylko tam, gdzie inni go nie zobaczą, i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="35"/>
        <source>Choose where to save…</source>
        <translation>Wybierz, gdzie zapisać…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="40"/>
        <source>Export scores as CSV</source>
        <translation>Eksportuj wyniki jako CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="42"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>The file could not be saved: {why}</source>
        <translation>Nie udało się zapisać pliku: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="58"/>
        <source>Saved {name}.</source>
        <translation>Zapisano {name}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="29"/>
        <source>minimal</source>
        <translation>minimalne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="30"/>
        <source>mild</source>
        <translation>łagodne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="31"/>
        <source>moderate</source>
        <translation>umiarkowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="32"/>
        <source>moderately severe</source>
        <translation>umiarkowanie ciężkie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="33"/>
        <source>severe</source>
        <translation>ciężkie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="45"/>
        <source>{total} ({band})</source>
        <translation>{total} ({band})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="50"/>
        <source>reliable improvement</source>
        <translation>rzetelna poprawa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="51"/>
        <source>reliable deterioration</source>
        <translation>rzetelne pogorszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="52"/>
        <source>no reliable change</source>
        <translation>brak rzetelnej zmiany</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="53"/>
        <source>no reliable-change threshold set</source>
        <translation>nie ustalono progu rzetelnej zmiany</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="59"/>
        <source>No reliable-change threshold is set for this measure.</source>
        <translation>Dla tego kwestionariusza nie ustalono progu rzetelnej zmiany.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="60"/>
        <source>A change of {n} points or more counts as reliable.</source>
        <translation>Zmiana o {n} pkt lub więcej jest uznawana za rzetelną.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher is better.</source>
        <translation>Wyższy wynik oznacza lepszy stan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher totals are worse.</source>
        <translation>Wyższy wynik oznacza gorszy stan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="77"/>
        <source>{measure}: no readable entries.</source>
        <translation>{measure}: brak wpisów, które da się odczytać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="81"/>
        <source>{measure}: one entry, {date}: {total}.</source>
        <translation>{measure}: jeden wpis, {date}: {total}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="90"/>
        <source>{measure}: {n} entries from {first} to {latest}.</source>
        <translation>{measure}: wpisy od {first} do {latest}, razem {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="98"/>
        <source>First {first}, latest {latest}: {change}.</source>
        <translation>Pierwszy {first}, ostatni {latest}: {change}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="106"/>
        <source>Lowest {low}, highest {high}.</source>
        <translation>Najniższy {low}, najwyższy {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="113"/>
        <source>Item 9 answered above 0 in {n} of them, most recently {date}.</source>
        <translation>Odpowiedź powyżej 0 w pytaniu 9: w {n} z nich, ostatnio {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="120"/>
        <source>Entries that could not be read and are left out: {n}.</source>
        <translation>Wpisy, których nie da się odczytać, pominięte: {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="131"/>
        <source>Item 9 was answered above 0</source>
        <translation>Odpowiedź na pytanie 9 powyżej 0</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="137"/>
        <source>{alias} marked “{answer}” for thoughts that they would be better off dead, or of hurting themselves in some way.</source>
        <translation>{alias} zaznacza „{answer}” przy myślach, że lepiej byłoby umrzeć, albo o zrobieniu sobie jakiejś krzywdy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="144"/>
        <source>This answer is not a diagnosis and does not say how much risk there is; it is a reason to ask. Consider speaking with them soon, in private, about how they are now; following your own service's safety procedures (who to contact, what to record); and talking it through with your supervisor or a colleague. If you believe someone is in immediate danger, follow your emergency procedure.</source>
        <translation>Ta odpowiedź nie jest diagnozą i nie mówi, jak duże jest ryzyko; jest powodem, żeby zapytać. Rozważ: rozmowę z tą osobą wkrótce, na osobności, o tym, jak się teraz czuje; postępowanie zgodne z procedurami bezpieczeństwa twojej placówki (z kim się skontaktować, co zapisać); omówienie sprawy z superwizorem lub kimś z zespołu. Jeśli uważasz, że komuś grozi bezpośrednie niebezpieczeństwo, postępuj zgodnie z procedurą na wypadek nagłych sytuacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="154"/>
        <source>With the total only, item 9 (thoughts of being better off dead or of self-harm) is not checked here: look at its answer on the paper.</source>
        <translation>Przy samym wyniku łącznym pytanie 9 (myśli, że lepiej byłoby umrzeć, albo o samookaleczeniu) nie jest tu sprawdzane: sprawdź odpowiedź na papierze.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="161"/>
        <source>I have read this</source>
        <translation>Przeczytane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="32"/>
        <source>Not on track</source>
        <translation>Niepokojący przebieg</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="52"/>
        <source>{alias}: {measure} reliably worse than at first — {before} on {since}, {latest} on {latest_on} (a change of {threshold} or more is reliable)</source>
        <translation>{alias}: {measure} rzetelnie gorzej niż na początku — {before} ({since}), {latest} ({latest_on}) (rzetelna jest zmiana o {threshold} lub więcej)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="64"/>
        <source>{alias} · {measure} {before} → {latest}</source>
        <translation>{alias} · {measure} {before} → {latest}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="68"/>
        <source>{alias}: check-in fell from {before} ({since}) to {latest} ({latest_on}) over their last three sessions</source>
        <translation>{alias}: ocena samopoczucia spadła z {before} ({since}) do {latest} ({latest_on}) w ciągu ostatnich trzech spotkań</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="78"/>
        <source>{alias} · check-in {before} → {latest}</source>
        <translation>{alias} · samopoczucie {before} → {latest}</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="47"/>
        <source>Outcome measures</source>
        <translation>Kwestionariusze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="56"/>
        <source>Measure</source>
        <translation>Kwestionariusz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="58"/>
        <source>Mea&amp;sure:</source>
        <translation>Kwe&amp;stionariusz:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="60"/>
        <source>&amp;Enter a measure…</source>
        <translation>&amp;Wpisz kwestionariusz…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="61"/>
        <source>Type in a questionnaire filled in on paper</source>
        <translation>Wpisz kwestionariusz wypełniony na papierze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="63"/>
        <source>E&amp;xport scores…</source>
        <translation>&amp;Eksportuj wyniki…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="64"/>
        <source>Their scores as a CSV file</source>
        <translation>Wyniki tej osoby jako plik CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="77"/>
        <source>Measure summary</source>
        <translation>Podsumowanie wyników</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="79"/>
        <source>Shading: the measure's bands, darker towards the worse end. Dashed lines: a reliable change from the first total. ▲▼ reliably worse or better than the first; ○ the latest; a red ring: item 9 above 0.</source>
        <translation>Cieniowanie: przedziały kwestionariusza, ciemniejsze w stronę gorszego wyniku. Linie przerywane: rzetelna zmiana względem pierwszego wyniku. ▲▼ rzetelnie gorzej lub lepiej niż za pierwszym razem; ○ ostatni wynik; czerwony pierścień: pytanie 9 powyżej 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="88"/>
        <source>Entries of this measure</source>
        <translation>Wpisy tego kwestionariusza</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="92"/>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Usuń wpis…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="162"/>
        <source>No measures entered for them yet.</source>
        <translation>Ta osoba nie ma jeszcze wpisanych kwestionariuszy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="233"/>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="236"/>
        <source>Delete entry</source>
        <translation>Usuń wpis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="234"/>
        <source>Delete this entry?</source>
        <translation>Usunąć ten wpis?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="245"/>
        <source>Entry deleted.</source>
        <translation>Wpis usunięty.</translation>
    </message>
</context>
<context>
    <name>MemberCopyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="69"/>
        <source>A member's copy</source>
        <translation>Kopia dla uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="72"/>
        <source>Member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="73"/>
        <source>&amp;Member:</source>
        <translation>Uczestni&amp;k:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="76"/>
        <source>This &amp;session only</source>
        <translation>Tylko &amp;to spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="77"/>
        <source>Sessions &amp;from</source>
        <translation>Spotkania &amp;od</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="81"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="82"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="89"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="97"/>
        <source>Other members as their &amp;initials</source>
        <translation>Pozostali uczestnicy jako &amp;inicjały</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="98"/>
        <source>Other members' names &amp;removed</source>
        <translation>Imiona i nazwiska pozostałych &amp;usunięte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="106"/>
        <source>The copy holds the group note and this member's own facts and lines. Every other member's name, phone number and e-mail is reduced to initials or removed. Read it over before it leaves your hands.</source>
        <translation>Kopia zawiera część grupową oraz dane i wpisy dotyczące tylko tego uczestnika. Imiona i nazwiska, numery telefonów i adresy e-mail wszystkich pozostałych są skrócone do inicjałów albo usunięte. Przeczytaj ją, zanim ją przekażesz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="119"/>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="121"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="123"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="137"/>
        <source>Sessions:</source>
        <translation>Spotkania:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="141"/>
        <source>Others:</source>
        <translation>Pozostali:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="179"/>
        <source>The first day is after the last. Nothing was made.</source>
        <translation>Pierwszy dzień jest późniejszy niż ostatni. Nic nie zostało utworzone.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="213"/>
        <source>The copy could not be made ({error}). Nothing was saved.</source>
        <translation>Nie udało się utworzyć kopii ({error}). Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="233"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Nie udało się zapisać pliku PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="238"/>
        <source>Saved {file}.</source>
        <translation>Zapisano {file}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="244"/>
        <source>progress-entry-{date}.pdf</source>
        <translation>wpis-indywidualny-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="247"/>
        <source>Save the member's copy</source>
        <translation>Zapisz kopię dla uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="261"/>
        <source>Progress entry</source>
        <translation>Wpis indywidualny</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="268"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>Nie udało się uruchomić drukarki. Sprawdź, czy jest podłączona i włączona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="270"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="54"/>
        <source>Progress entry for {name}</source>
        <translation>Wpis indywidualny: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="56"/>
        <source>A line or two about {name} today.</source>
        <translation>Zdanie lub dwa: {name} na dzisiejszym spotkaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="64"/>
        <source>Add an addendum for {name}…</source>
        <translation>Dodaj uzupełnienie: {name}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="101"/>
        <source>These lines are damaged and cannot be shown.</source>
        <translation>Te wiersze są uszkodzone i nie da się ich wyświetlić.</translation>
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
        <translation>{alias} — odejście {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/members.py" line="55"/>
        <source>This record is damaged and cannot be shown or edited.</source>
        <translation>Ten zapis jest uszkodzony i nie da się go wyświetlić ani edytować.</translation>
    </message>
</context>
<context>
    <name>MemberRights</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="74"/>
        <source>Export member record</source>
        <translation>Eksportuj dane uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="75"/>
        <source>This record cannot be exported.</source>
        <translation>Tych danych nie można wyeksportować.</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="84"/>
        <source>Member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="88"/>
        <source>&amp;Member:</source>
        <translation>Uczestni&amp;k:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="93"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="94"/>
        <source>Current streak</source>
        <translation>Bieżąca seria</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="95"/>
        <source>Absent without notice</source>
        <translation>Nieobecności bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="96"/>
        <source>Passed</source>
        <translation>Pasy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="97"/>
        <source>Quiet lately</source>
        <translation>Ostatnio mało mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="99"/>
        <source>Recent sessions in a row in which they passed or spoke for less than a third of an equal share of the time.</source>
        <translation>Ostatnie spotkania z rzędu, na których ta osoba spasowała albo mówiła krócej niż przez jedną trzecią równego udziału w czasie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="116"/>
        <source>No sessions since they joined.</source>
        <translation>Brak spotkań od dołączenia do grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="118"/>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="352"/>
        <source>Airtime share per session</source>
        <translation>Udział w czasie mówienia na każdym spotkaniu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="120"/>
        <source>Bars: their share of the airtime; dashed line: their average when present; ○ came and passed. Letters: attendance. Click a bar to open that session.</source>
        <translation>Słupki: udział tej osoby w czasie mówienia; linia przerywana: jej średnia, gdy była obecna; ○ obecność z pasem. Litery: obecność. Kliknij słupek, aby otworzyć to spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="128"/>
        <source>Rule sets signed</source>
        <translation>Podpisane zestawy zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="137"/>
        <source>Notes and follow-ups</source>
        <translation>Notatki i sprawy do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="140"/>
        <source>Notes about this member</source>
        <translation>Notatki o tym uczestniku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="150"/>
        <source>Selected note</source>
        <translation>Zaznaczona notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="152"/>
        <source>Open in &amp;Notes</source>
        <translation>Otwórz w &amp;Notatkach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="188"/>
        <source>The chosen member</source>
        <translation>Wybrany uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="194"/>
        <source>Pick a member to see their attendance and airtime over the weeks.</source>
        <translation>Wybierz uczestnika, aby zobaczyć jego obecność i czas mówienia w kolejnych tygodniach.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="262"/>
        <source>Choose a member…</source>
        <translation>Wybierz uczestnika…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="267"/>
        <source>{alias} (left)</source>
        <translation>{alias} (odejście)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="298"/>
        <source>In the group since {date}</source>
        <translation>W grupie od {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="300"/>
        <source>left {date}</source>
        <translation>odejście {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="302"/>
        <source>seat {n}</source>
        <translation>miejsce {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="305"/>
        <source>{attended} of %Ln sessions</source>
        <translation>
            <numerusform>{attended} z %Ln spotkania</numerusform>
            <numerusform>{attended} z %Ln spotkań</numerusform>
            <numerusform>{attended} z %Ln spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="309"/>
        <source>%Ln excused</source>
        <translation>
            <numerusform>%Ln usprawiedliwiona</numerusform>
            <numerusform>%Ln usprawiedliwione</numerusform>
            <numerusform>%Ln usprawiedliwionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="314"/>
        <source>sessions in a row · longest {n}</source>
        <translation>
            <numerusform>spotkanie z rzędu · najdłużej {n}</numerusform>
            <numerusform>spotkania z rzędu · najdłużej {n}</numerusform>
            <numerusform>spotkań z rzędu · najdłużej {n}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="321"/>
        <source>in a row — worth a call</source>
        <translation>
            <numerusform>z rzędu — warto zadzwonić</numerusform>
            <numerusform>z rzędu — warto zadzwonić</numerusform>
            <numerusform>z rzędu — warto zadzwonić</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="323"/>
        <source>in a row</source>
        <translation>
            <numerusform>z rzędu</numerusform>
            <numerusform>z rzędu</numerusform>
            <numerusform>z rzędu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="328"/>
        <source>times · spoke {turns}</source>
        <translation>
            <numerusform>raz · poza tym {turns}</numerusform>
            <numerusform>razy · poza tym {turns}</numerusform>
            <numerusform>razy · poza tym {turns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="335"/>
        <source>sessions in a row with little said</source>
        <translation>
            <numerusform>spotkanie z rzędu prawie bez słowa</numerusform>
            <numerusform>spotkania z rzędu prawie bez słowa</numerusform>
            <numerusform>spotkań z rzędu prawie bez słowa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="337"/>
        <source>sessions</source>
        <translation>
            <numerusform>spotkanie</numerusform>
            <numerusform>spotkania</numerusform>
            <numerusform>spotkań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="354"/>
        <source>Airtime share per session — the last {shown} of {total}</source>
        <translation>Udział w czasie mówienia na każdym spotkaniu — ostatnie {shown} z {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="362"/>
        <source>Version {v} · signed {date}</source>
        <translation>Wersja {v} · podpisana {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="369"/>
        <source>Has not signed a version of the rules yet.</source>
        <translation>Nie podpisano jeszcze żadnej wersji zasad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="385"/>
        <source>The group's rules are at version {v}.</source>
        <translation>Zasady grupy są w wersji {v}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="387"/>
        <source>✓ Signed.</source>
        <translation>✓ Podpisana.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="389"/>
        <source>Not signed yet.</source>
        <translation>Jeszcze niepodpisana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="400"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln notatka</numerusform>
            <numerusform>%Ln notatki</numerusform>
            <numerusform>%Ln notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="402"/>
        <source>%Ln open follow-ups</source>
        <translation>
            <numerusform>%Ln otwarta sprawa do dopilnowania</numerusform>
            <numerusform>%Ln otwarte sprawy do dopilnowania</numerusform>
            <numerusform>%Ln otwartych spraw do dopilnowania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="423"/>
        <source>due {date}</source>
        <translation>termin {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="425"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="58"/>
        <source>&amp;Add member</source>
        <translation>&amp;Dodaj uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="59"/>
        <source>Add a member to this group (Ctrl+N)</source>
        <translation>Dodaj uczestnika do tej grupy (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="63"/>
        <source>Members in seat order</source>
        <translation>Uczestnicy w kolejności miejsc</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="65"/>
        <source>Drag to change seats, or use Alt+Up and Alt+Down.</source>
        <translation>Przeciągnij, aby zmienić miejsca, albo użyj Alt+↑ i Alt+↓.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="67"/>
        <source>Move u&amp;p</source>
        <translation>&amp;Wyżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="68"/>
        <source>Move one seat earlier (Alt+Up)</source>
        <translation>O jedno miejsce wcześniej (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="70"/>
        <source>Move &amp;down</source>
        <translation>&amp;Niżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="71"/>
        <source>Move one seat later (Alt+Down)</source>
        <translation>O jedno miejsce później (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="74"/>
        <source>Show members who &amp;left</source>
        <translation>Pokaż &amp;byłych uczestników</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="78"/>
        <source>Seat order is the order of rounds. Drag to change it.</source>
        <translation>Kolejność miejsc to kolejność w rundach. Przeciągnij, aby ją zmienić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="89"/>
        <source>Print sign-in s&amp;heet…</source>
        <translation>Drukuj &amp;listę obecności…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="104"/>
        <source>First name or nickname</source>
        <translation>Imię lub pseudonim</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="107"/>
        <source>What the room sees. Must be different from everyone else in this group.</source>
        <translation>To widzi grupa. Musi się różnić od imion innych osób w tej grupie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="114"/>
        <source>Al&amp;ias:</source>
        <translation>&amp;Imię w grupie:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="118"/>
        <source>Private — encrypted</source>
        <translation>Prywatne — zaszyfrowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="121"/>
        <source>Phone or email</source>
        <translation>Telefon lub e-mail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="125"/>
        <source>Anything you need to remember (access needs, who referred them…)</source>
        <translation>Wszystko, o czym warto pamiętać (potrzeby związane z dostępnością, kto skierował…)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="129"/>
        <source>Shown only on this screen. Stored encrypted with your passphrase; never on the room display or handouts.</source>
        <translation>Widoczne tylko na tym ekranie. Przechowywane w postaci zaszyfrowanej twoim hasłem; nigdy na ekranie dla grupy ani na wydrukach.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="139"/>
        <source>Full &amp;name:</source>
        <translation>Imię i nazwis&amp;ko:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="140"/>
        <source>C&amp;ontact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="141"/>
        <source>&amp;Remarks:</source>
        <translation>Uw&amp;agi:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="144"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="145"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Zapisz (Ctrl+S lub Enter)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="147"/>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>Mark as l&amp;eft</source>
        <translation>&amp;Odejście z grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="158"/>
        <source>E&amp;xport member record…</source>
        <translation>&amp;Eksportuj dane uczestnika…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="159"/>
        <source>A file with everything held about this member</source>
        <translation>Plik ze wszystkim, co jest przechowywane o tym uczestniku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="161"/>
        <source>Erase &amp;member…</source>
        <translation>Wy&amp;maż uczestnika…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="162"/>
        <source>Remove this member and their history for good</source>
        <translation>Usuń tego uczestnika i jego historię na zawsze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="164"/>
        <source>En&amp;ter a measure…</source>
        <translation>Wpisz kwe&amp;stionariusz…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="165"/>
        <source>Type in a PHQ-9, GAD-7 or your own measure</source>
        <translation>Wpisz PHQ-9, GAD-7 albo własny kwestionariusz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="195"/>
        <source>Create a group on the Groups page first; its members are listed here.</source>
        <translation>Najpierw załóż grupę na stronie Grupy; tutaj pojawią się jej uczestnicy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="222"/>
        <source>Members</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="288"/>
        <source>New member</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="290"/>
        <source>Damaged record</source>
        <translation>Uszkodzony zapis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="292"/>
        <source>Edit member</source>
        <translation>Edycja uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="317"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/members_page.py" line="326"/>
        <source>{group} · %Ln in seat order</source>
        <translation>
            <numerusform>{group} · %Ln osoba w kolejności miejsc</numerusform>
            <numerusform>{group} · %Ln osoby w kolejności miejsc</numerusform>
            <numerusform>{group} · %Ln osób w kolejności miejsc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>R&amp;ejoin</source>
        <translation>Powrót do g&amp;rupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>the new member</source>
        <translation>nowego uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>this member</source>
        <translation>tego uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="196"/>
        <source>Seat order saved.</source>
        <translation>Kolejność miejsc zapisana.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="219"/>
        <source>Member erased, backups included: {deleted} notes removed, their name taken out of {kept} others.</source>
        <translation>Uczestnik wymazany, także z kopii zapasowych: usunięte notatki: {deleted}, imię usunięte z innych notatek: {kept}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="237"/>
        <source>Marked as left. Their history is kept.</source>
        <translation>Oznaczono odejście z grupy. Historia zostaje zachowana.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="239"/>
        <source>Tick “Show members who left” to see them.</source>
        <translation>Zaznacz „Pokaż byłych uczestników”, aby ich zobaczyć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="241"/>
        <source>Welcome back: rejoined the group.</source>
        <translation>Witamy z powrotem: ponownie w grupie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member added.</source>
        <translation>Uczestnik dodany.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member saved.</source>
        <translation>Uczestnik zapisany.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="154"/>
        <source>Several unrelated words</source>
        <translation>Kilka niezwiązanych ze sobą słów</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat passphrase</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat the new passphrase</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="161"/>
        <source>Su&amp;ggest one</source>
        <translation>&amp;Zaproponuj hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="163"/>
        <source>Fill in a strong passphrase of six random words, for you to write down</source>
        <translation>Wpisz silne hasło z sześciu losowych słów, do zapisania na kartce</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="188"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Powtórz je:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="222"/>
        <source>No passphrase can be suggested: the word list is missing from this installation. Four or more unrelated words of your own work as well.</source>
        <translation>Nie można zaproponować hasła: w tej instalacji brakuje listy słów. Cztery lub więcej własnych, niezwiązanych ze sobą słów też się sprawdzi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="234"/>
        <source>Your new passphrase, filled in above:</source>
        <translation>Twoje nowe hasło, wpisane powyżej:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="237"/>
        <source>Write it down now, exactly as shown, and keep it somewhere safe.</source>
        <translation>Zapisz je teraz na kartce, dokładnie tak, jak jest pokazane, i przechowuj w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="273"/>
        <source>The two passphrases do not match.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="55"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="57"/>
        <source>Members this note is about</source>
        <translation>Uczestnicy, których dotyczy ta notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="61"/>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="131"/>
        <source>Tick the members this note is about.</source>
        <translation>Zaznacz uczestników, których dotyczy ta notatka.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="65"/>
        <source>Follow-up</source>
        <translation>Do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="66"/>
        <source>&amp;Follow up</source>
        <translation>Do &amp;dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="67"/>
        <source>List this note under Follow-ups</source>
        <translation>Pokaż tę notatkę na stronie Do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="68"/>
        <source>D&amp;ue by</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="71"/>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="73"/>
        <source>&amp;Done</source>
        <translation>&amp;Załatwione</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="74"/>
        <source>The follow-up has been done</source>
        <translation>Sprawa została załatwiona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="122"/>
        <source>{alias} (left)</source>
        <translation>{alias} (odejście)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="133"/>
        <source>This group has no members yet.</source>
        <translation>Ta grupa nie ma jeszcze uczestników.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor.py" line="40"/>
        <source>Note text</source>
        <translation>Treść notatki</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="89"/>
        <source>About {names}</source>
        <translation>Dotyczy: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="103"/>
        <source>Followed up ✓</source>
        <translation>Załatwione ✓</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="105"/>
        <source>Follow up by {date}</source>
        <translation>Dopilnować do {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="106"/>
        <source>To follow up</source>
        <translation>Do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="194"/>
        <source>⚠ Damaged note</source>
        <translation>⚠ Uszkodzona notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="195"/>
        <source>(empty note)</source>
        <translation>(pusta notatka)</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="180"/>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="184"/>
        <source>Quick note</source>
        <translation>Szybka notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="181"/>
        <source>&amp;Quick note (only you see it)</source>
        <translation>Szybka &amp;notatka (tylko dla ciebie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="183"/>
        <source>Type, then Enter saves it (encrypted)</source>
        <translation>Pisz, potem Enter zapisze (zaszyfrowane)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="186"/>
        <source>Enter saves · Shift+Enter starts a new line · Esc goes back to the room</source>
        <translation>Enter zapisuje · Shift+Enter zaczyna nowy wiersz · Esc wraca do spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="264"/>
        <source>Saved, encrypted · about {name}</source>
        <translation>Zapisano, zaszyfrowano · dotyczy: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="266"/>
        <source>Saved, encrypted · not linked to anyone</source>
        <translation>Zapisano, zaszyfrowano · bez powiązania z osobą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="365"/>
        <source>About nobody: no one is speaking</source>
        <translation>Nie dotyczy nikogo: nikt nie mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="372"/>
        <source>About {name}</source>
        <translation>Dotyczy: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="374"/>
        <source>Link the note to {name}, who was speaking ({key})</source>
        <translation>Powiąż notatkę z osobą, która mówiła: {name} ({key})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="379"/>
        <source>{key} links</source>
        <translation>{key} wiąże</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="381"/>
        <source>{key} unlinks</source>
        <translation>{key} odłącza</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="419"/>
        <source>Too long for a quick note ({n} of %Ln characters). Shorten it, or write it on the Notes page.</source>
        <translation>
            <numerusform>Za długa jak na szybką notatkę ({n} z %Ln znaku). Skróć ją albo napisz ją na stronie Notatki.</numerusform>
            <numerusform>Za długa jak na szybką notatkę ({n} z %Ln znaków). Skróć ją albo napisz ją na stronie Notatki.</numerusform>
            <numerusform>Za długa jak na szybką notatkę ({n} z %Ln znaków). Skróć ją albo napisz ją na stronie Notatki.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteShareBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="29"/>
        <source>For &amp;co-facilitators</source>
        <translation>Dla osób współprowadzą&amp;cych</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="61"/>
        <source>Only a note of a shared group can go to its co-facilitators. This note stays on this laptop.</source>
        <translation>Z osobami współprowadzącymi można dzielić się tylko notatką z udostępnionej grupy. Ta notatka zostaje na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="68"/>
        <source>Ticked, this note is read by this group's co-facilitators (other laptops: {count}), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation>Po zaznaczeniu tę notatkę czytają osoby współprowadzące tę grupę (inne laptopy: {count}), zaszyfrowaną kluczem grupy. Po odznaczeniu zostaje na tym laptopie i znika z ich laptopów.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="108"/>
        <source>This note goes to the co-facilitators at the next sync.</source>
        <translation>Ta notatka trafi do osób współprowadzących przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="110"/>
        <source>This note is taken back from the co-facilitators at the next sync.</source>
        <translation>Ta notatka zniknie z laptopów osób współprowadzących przy następnej synchronizacji.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked, this note is read by this group's co-facilitators (%n other laptops), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation type="vanished">
            <numerusform>Po zaznaczeniu tę notatkę czytają osoby współprowadzące tę grupę (%n inny laptop), zaszyfrowaną kluczem grupy. Po odznaczeniu zostaje na tym laptopie i znika z ich laptopów.</numerusform>
            <numerusform>Po zaznaczeniu tę notatkę czytają osoby współprowadzące tę grupę (%n inne laptopy), zaszyfrowaną kluczem grupy. Po odznaczeniu zostaje na tym laptopie i znika z ich laptopów.</numerusform>
            <numerusform>Po zaznaczeniu tę notatkę czytają osoby współprowadzące tę grupę (%n innych laptopów), zaszyfrowaną kluczem grupy. Po odznaczeniu zostaje na tym laptopie i znika z ich laptopów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="21"/>
        <source>Free text</source>
        <translation>Wolny tekst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="22"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="23"/>
        <source>What happened in the session, in your own words.</source>
        <translation>Co się działo na spotkaniu, twoimi słowami.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="24"/>
        <source>DAP (Data, Assessment, Plan)</source>
        <translation>DAP (dane, ocena, plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="25"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="26"/>
        <source>What was said and done: the topics, what members brought, what you saw.</source>
        <translation>Co zostało powiedziane i zrobione: tematy, z czym przyszli uczestnicy, co było widać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="29"/>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="30"/>
        <source>Your reading of it: the group's process, themes, progress, concerns.</source>
        <translation>Twoje rozumienie: proces grupowy, tematy, postępy, niepokojące sygnały.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="33"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="34"/>
        <source>What comes next: the next session's focus, follow-ups.</source>
        <translation>Co dalej: na czym skupić się na następnym spotkaniu, sprawy do dopilnowania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="35"/>
        <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
        <translation>BIRP (zachowanie, interwencja, reakcja, plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="36"/>
        <source>Behaviour</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="37"/>
        <source>What members showed and said: mood, participation, how they related.</source>
        <translation>Co uczestnicy pokazywali i mówili: nastrój, zaangażowanie, relacje między nimi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="40"/>
        <source>Intervention</source>
        <translation>Interwencja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="41"/>
        <source>What you did: the topics, prompts and techniques.</source>
        <translation>Twoje działania: tematy, pytania, techniki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="42"/>
        <source>Response</source>
        <translation>Reakcja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="43"/>
        <source>How the group and its members responded.</source>
        <translation>Jak zareagowała grupa i poszczególni uczestnicy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="44"/>
        <source>Next steps: the next session's focus and follow-ups.</source>
        <translation>Kolejne kroki: na czym skupić się na następnym spotkaniu, sprawy do dopilnowania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="45"/>
        <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
        <translation>SOAP (subiektywne, obiektywne, ocena, plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="46"/>
        <source>Subjective</source>
        <translation>Subiektywne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="47"/>
        <source>What members reported in their own words: the concerns they brought.</source>
        <translation>Co uczestnicy zgłaszali własnymi słowami: sprawy, z którymi przyszli.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="50"/>
        <source>Objective</source>
        <translation>Obiektywne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="51"/>
        <source>What you observed: attendance, participation, affect, interactions.</source>
        <translation>Co było widać: obecność, zaangażowanie, afekt, interakcje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="54"/>
        <source>Your assessment of the group's process and progress.</source>
        <translation>Twoja ocena procesu grupowego i postępów.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="55"/>
        <source>The next session's focus, tasks agreed, follow-ups.</source>
        <translation>Na czym skupić się na następnym spotkaniu, ustalone zadania, sprawy do dopilnowania.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="31"/>
        <source>Write here. It is saved as you type, encrypted.</source>
        <translation>Pisz tutaj. Wszystko zapisuje się na bieżąco, w postaci zaszyfrowanej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="40"/>
        <source>This note is damaged and cannot be shown. The other notes are fine; you can delete this one.</source>
        <translation>Ta notatka jest uszkodzona i nie da się jej wyświetlić. Pozostałe notatki są w porządku; tę możesz usunąć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="68"/>
        <source>Choose a note on the left, or start a new one with New note (Ctrl+N).</source>
        <translation>Wybierz notatkę po lewej albo zacznij nową przyciskiem Nowa notatka (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="124"/>
        <source>New note — saved as soon as you type.</source>
        <translation>Nowa notatka — zapisuje się, gdy tylko zaczniesz pisać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="150"/>
        <source>Saved · encrypted</source>
        <translation>Zapisano · zaszyfrowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="154"/>
        <source>Editing…</source>
        <translation>Edytowanie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="158"/>
        <source>Not saved yet: {reason}</source>
        <translation>Jeszcze niezapisane: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="165"/>
        <source>Written {when}</source>
        <translation>Napisano {when}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="166"/>
        <source>Written {when}
Changed {changed}</source>
        <translation>Napisano {when}
Zmieniono {changed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="35"/>
        <source>All &amp;groups</source>
        <translation>&amp;Wszystkie grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="36"/>
        <source>List the notes of every group</source>
        <translation>Pokaż notatki wszystkich grup</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="39"/>
        <source>Notes about</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="43"/>
        <source>Follow-up</source>
        <translation>Do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="44"/>
        <source>All notes</source>
        <translation>Wszystkie notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="45"/>
        <source>Follow-up open</source>
        <translation>Otwarte sprawy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="46"/>
        <source>Follow-up done</source>
        <translation>Załatwione sprawy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="48"/>
        <source>A&amp;bout:</source>
        <translation>D&amp;otyczy:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="50"/>
        <source>S&amp;how:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="93"/>
        <source>Anyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="98"/>
        <source>{alias} (left)</source>
        <translation>{alias} (odejście)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="60"/>
        <source>The newest %Ln notes. Search to find older ones.</source>
        <translation>
            <numerusform>Najnowsza notatka (%Ln). Użyj wyszukiwania, aby znaleźć starsze.</numerusform>
            <numerusform>%Ln najnowsze notatki. Użyj wyszukiwania, aby znaleźć starsze.</numerusform>
            <numerusform>%Ln najnowszych notatek. Użyj wyszukiwania, aby znaleźć starsze.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="62"/>
        <source>No notes here yet.</source>
        <translation>Nie ma tu jeszcze notatek.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="77"/>
        <source>Create a group on the Groups page to write notes about it.</source>
        <translation>Załóż grupę na stronie Grupy, aby pisać o niej notatki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="90"/>
        <source>No note holds all of these words, in its text or in the names of the members it is about.</source>
        <translation>Żadna notatka nie zawiera wszystkich tych słów — ani w treści, ani w imionach uczestników, których dotyczy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="95"/>
        <source>The newest %Ln matching notes, from all groups. Add a word to narrow.</source>
        <translation>
            <numerusform>Najnowsza pasująca notatka ze wszystkich grup (%Ln). Dodaj słowo, aby zawęzić wyniki.</numerusform>
            <numerusform>%Ln najnowsze pasujące notatki ze wszystkich grup. Dodaj słowo, aby zawęzić wyniki.</numerusform>
            <numerusform>%Ln najnowszych pasujących notatek ze wszystkich grup. Dodaj słowo, aby zawęzić wyniki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="101"/>
        <source>%Ln matching notes, from all groups.</source>
        <translation>
            <numerusform>%Ln pasująca notatka ze wszystkich grup.</numerusform>
            <numerusform>%Ln pasujące notatki ze wszystkich grup.</numerusform>
            <numerusform>%Ln pasujących notatek ze wszystkich grup.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up marked done.</source>
        <translation>Sprawa oznaczona jako załatwiona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up open again.</source>
        <translation>Sprawa znów otwarta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="316"/>
        <source>Note deleted.</source>
        <translation>Notatka usunięta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="66"/>
        <source>Search all notes, or who they are about (Ctrl+F)</source>
        <translation>Szukaj we wszystkich notatkach i osobach, których dotyczą (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="68"/>
        <source>Search all notes</source>
        <translation>Szukaj we wszystkich notatkach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="70"/>
        <source>Finds the notes that hold every word, in their text or in the alias or full name of a member they are about.</source>
        <translation>Znajduje notatki, które zawierają każde z wpisanych słów — w treści albo w imieniu w grupie lub imieniu i nazwisku uczestnika, którego dotyczą.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="77"/>
        <source>&amp;New note</source>
        <translation>&amp;Nowa notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="78"/>
        <source>Start a new note in this group (Ctrl+N)</source>
        <translation>Zacznij nową notatkę w tej grupie (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="79"/>
        <source>De&amp;lete…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="80"/>
        <source>Delete this note for good</source>
        <translation>Usuń tę notatkę na zawsze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="93"/>
        <source>Notes, newest first</source>
        <translation>Notatki, od najnowszej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="168"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="228"/>
        <source>this note</source>
        <translation>tej notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="303"/>
        <source>Search in every group · encrypted</source>
        <translation>Szukanie we wszystkich grupach · zaszyfrowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="305"/>
        <source>All groups · newest first · encrypted</source>
        <translation>Wszystkie grupy · od najnowszej · zaszyfrowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="308"/>
        <source>{group} · newest first · encrypted</source>
        <translation>{group} · od najnowszej · zaszyfrowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="392"/>
        <source>Delete note</source>
        <translation>Usuń notatkę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="393"/>
        <source>Delete this note?</source>
        <translation>Usunąć tę notatkę?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="394"/>
        <source>It is removed from the workspace for good, together with its follow-up. This cannot be undone.</source>
        <translation>Zostanie usunięta z przestrzeni roboczej na zawsze, razem ze sprawą do dopilnowania. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="398"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Usuń na zawsze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/presenter.py" line="89"/>
        <source>Note saved.</source>
        <translation>Notatka zapisana.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../facilitator_desktop/ui/formatting.py" line="78"/>
        <source>{n}%</source>
        <extracomment>a percentage, {n} is the number; write it as your language does (French and German put a no-break space before the sign: &quot;{n} %&quot;).</extracomment>
        <translation>{n}%</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="55"/>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="74"/>
        <source>Tip: several unrelated words, like “lantern orbit velvet seven”.</source>
        <translation>Wskazówka: kilka niezwiązanych ze sobą słów, np. „latarnia orbita aksamit siedem”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="76"/>
        <source>Strong.</source>
        <translation>Silne.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="78"/>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Wystarczająco dobre. Jeszcze jedno niezwiązane słowo uczyniłoby je silnym.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="83"/>
        <source>Try four or more unrelated words, or let the app suggest some.</source>
        <translation>Spróbuj czterech lub więcej niezwiązanych słów albo pozwól aplikacji coś zaproponować.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="91"/>
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Za krótkie: użyj co najmniej %Ln znaku.</numerusform>
            <numerusform>Za krótkie: użyj co najmniej %Ln znaków.</numerusform>
            <numerusform>Za krótkie: użyj co najmniej %Ln znaków.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="93"/>
        <source>This is one of the most common passwords; anyone trying to open the file would try it early.</source>
        <translation>To jedno z najpopularniejszych haseł; każdy, kto próbowałby otworzyć plik, sprawdzi je na samym początku.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="98"/>
        <source>It is built on a common password; anyone trying to open the file would try those early, with the usual additions.</source>
        <translation>Opiera się na popularnym haśle; każdy, kto próbowałby otworzyć plik, sprawdzi takie hasła wcześnie, razem z typowymi dodatkami.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="103"/>
        <source>Look-alike symbols (like @ for a) or a word spelled backwards fool nobody: they are among the first things tried.</source>
        <translation>Podobnie wyglądające znaki (np. @ zamiast a) albo słowo pisane od tyłu nikogo nie zmylą: sprawdza się je w pierwszej kolejności.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="108"/>
        <source>Names, alone or with a year, are among the first things anyone trying to open the file would guess.</source>
        <translation>Imiona, same lub z rokiem, to jedne z pierwszych rzeczy, które zgadywałby ktoś próbujący otworzyć plik.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="113"/>
        <source>A common word or two on their own are easy to guess.</source>
        <translation>Jedno czy dwa popularne słowa same w sobie łatwo zgadnąć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="115"/>
        <source>Words about this app or its work, like “group” or “facilitator”, are the first anyone would try here.</source>
        <translation>Słowa związane z tą aplikacją lub jej zastosowaniem, np. „grupa” czy „prowadzący”, każdy sprawdziłby tu w pierwszej kolejności.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="120"/>
        <source>Keys next to each other on the keyboard, like “qwerty” or “asdfgh”, are tried early.</source>
        <translation>Sąsiednie klawisze na klawiaturze, np. „qwerty” czy „asdfgh”, sprawdza się wcześnie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="125"/>
        <source>Repeated letters or words, like “aaaaaaaa”, add almost nothing.</source>
        <translation>Powtarzane litery lub słowa, np. „aaaaaaaa”, prawie nic nie dodają.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="127"/>
        <source>Sequences like “12345678” or “abcdef” are tried early.</source>
        <translation>Ciągi w rodzaju „12345678” czy „abcdef” sprawdza się wcześnie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="129"/>
        <source>Dates and years, like a birthday, are easy to guess.</source>
        <translation>Daty i lata, np. urodzin, łatwo zgadnąć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="131"/>
        <source>A computer trying every possibility would find this before long.</source>
        <translation>Komputer sprawdzający wszystkie możliwości szybko by je znalazł.</translation>
    </message>
</context>
<context>
    <name>PlanActualBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="43"/>
        <source>Planned and actual time per segment</source>
        <translation>Zaplanowany i faktyczny czas każdej części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="49"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} z {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="87"/>
        <source>{name}: planned {planned}, took {actual} ({delta})</source>
        <translation>{name}: plan {planned}, faktycznie {actual} ({delta})</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="73"/>
        <source>Handout preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="94"/>
        <source>Updating the preview</source>
        <translation>Aktualizowanie podglądu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="127"/>
        <source>The preview could not be shown.</source>
        <translation>Nie udało się wyświetlić podglądu.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="297"/>
        <source>Your details on handouts</source>
        <translation>Twoje dane na wydrukach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="299"/>
        <source>Your name as members know it</source>
        <translation>Imię, pod którym znają cię uczestnicy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="301"/>
        <source>Phone or email for members</source>
        <translation>Telefon lub e-mail dla uczestników</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="303"/>
        <source>e.g. Samaritans: 116 123, day or night</source>
        <translation>np. Kryzysowy Telefon Zaufania: 116 123, całą dobę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="310"/>
        <source>Na&amp;me:</source>
        <translation>I&amp;mię:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="311"/>
        <source>Con&amp;tact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="312"/>
        <source>Support lin&amp;e:</source>
        <translation>Tele&amp;fon wsparcia:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="315"/>
        <source>Printed on ground rules and sign-in sheets, for every group.</source>
        <translation>Drukowane na zasadach i listach obecności wszystkich grup.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="25"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="26"/>
        <source>You have unsaved changes to {what}.</source>
        <translation>Masz niezapisane zmiany dotyczące {what}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="27"/>
        <source>Save them before you go on?</source>
        <translation>Zapisać je, zanim przejdziesz dalej?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="62"/>
        <source>{app} — recovery key</source>
        <translation>{app} — klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="63"/>
        <source>Made on {date}.</source>
        <translation>Utworzony {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="64"/>
        <source>This key opens your workspace if the passphrase is forgotten. On the unlock screen choose “Use recovery key”, type the key (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>Ten klucz otwiera twoją przestrzeń roboczą, jeśli zapomnisz hasła. Na ekranie odblokowania wybierz „Użyj klucza odzyskiwania”, wpisz klucz (spacje i myślniki nie mają znaczenia), a potem wybierz nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="69"/>
        <source>Anyone who has this paper can open your notes. Keep it locked away, not with the laptop.</source>
        <translation>Każdy, kto ma tę kartkę, może otworzyć twoje notatki. Przechowuj ją pod kluczem, nie razem z laptopem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="90"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="107"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="164"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="93"/>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="95"/>
        <source>If you ever forget your passphrase, this key opens the workspace and lets you choose a new one.</source>
        <translation>Jeśli kiedyś zapomnisz hasła, ten klucz otworzy przestrzeń roboczą i pozwoli wybrać nowe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="115"/>
        <source>&lt;b&gt;This is the only time the key is shown.&lt;/b&gt; Print it or write it down now, and keep it somewhere safe away from this laptop. Anyone who has it can open your notes.</source>
        <translation>&lt;b&gt;Klucz jest pokazywany tylko ten jeden raz.&lt;/b&gt; Wydrukuj go lub zapisz teraz i przechowuj w bezpiecznym miejscu, z dala od tego laptopa. Każdy, kto go ma, może otworzyć twoje notatki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="127"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="129"/>
        <source>Copy to paste into a password manager; cleared when this window closes</source>
        <translation>Skopiuj, aby wkleić do menedżera haseł; schowek zostanie wyczyszczony po zamknięciu tego okna</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="131"/>
        <source>I have &amp;stored it safely</source>
        <translation>Klucz jest &amp;bezpiecznie przechowany</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="166"/>
        <source>Print the recovery key</source>
        <translation>Drukuj klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="173"/>
        <source>Copied. The clipboard is cleared when this window closes.</source>
        <translation>Skopiowano. Schowek zostanie wyczyszczony po zamknięciu tego okna.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEdit</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="26"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="45"/>
        <source>Type the recovery key you printed or wrote down when you set it up. Spaces, dashes and upper or lower case do not matter. Then choose a new passphrase.</source>
        <translation>Wpisz klucz odzyskiwania, który wydrukowano lub zapisano przy jego tworzeniu. Spacje, myślniki oraz wielkie i małe litery nie mają znaczenia. Potem wybierz nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="59"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Klucz odzyskiwania:</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="44"/>
        <source>real-time clock</source>
        <translation>zegar w czasie rzeczywistym</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="45"/>
        <source>clock {n}× faster</source>
        <translation>zegar {n}× szybszy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="51"/>
        <source>Rehearsal summary</source>
        <translation>Podsumowanie próby</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="52"/>
        <source>Rehearsal</source>
        <translation>Próba</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="56"/>
        <source>Nothing of this rehearsal was kept: when this closes, it is gone.</source>
        <translation>Z tej próby nic nie zostało zachowane: po zamknięciu tego okna zniknie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="79"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="89"/>
        <source>End the open session before rehearsing.</source>
        <translation>Zakończ otwarte spotkanie przed próbą.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="97"/>
        <source>Sample group</source>
        <translation>Przykładowa grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="108"/>
        <source>Rehearsal open on invented members: mark who is here, then press Space. Nothing of it is kept.</source>
        <translation>Próba otwarta na zmyślonych uczestnikach: zaznacz, kto jest, a potem naciśnij Spację. Nic z niej nie zostanie zachowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="129"/>
        <source>Stop rehearsal</source>
        <translation>Przerwij próbę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="130"/>
        <source>Stop the rehearsal?</source>
        <translation>Przerwać próbę?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="131"/>
        <source>Its clock never started. Nothing of it is kept.</source>
        <translation>Jej zegar nie wystartował. Nic z niej nie zostanie zachowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="132"/>
        <source>&amp;Stop rehearsal</source>
        <translation>&amp;Przerwij próbę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="137"/>
        <source>Rehearsal stopped. Nothing of it was kept.</source>
        <translation>Próba przerwana. Nic z niej nie zostało zachowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="140"/>
        <source>End rehearsal</source>
        <translation>Zakończ próbę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="141"/>
        <source>End the rehearsal now?</source>
        <translation>Zakończyć próbę teraz?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="142"/>
        <source>You see its summary once, then it is gone: nothing of a rehearsal is kept in History, attendance, follow-ups, notes or backups.</source>
        <translation>Podsumowanie zobaczysz jeden raz, potem zniknie: z próby nic nie zostaje w historii, obecności, sprawach do dopilnowania, notatkach ani kopiach zapasowych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="146"/>
        <source>&amp;End rehearsal</source>
        <translation>&amp;Zakończ próbę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="154"/>
        <source>Rehearsal ended. Nothing of it was kept.</source>
        <translation>Próba zakończona. Nic z niej nie zostało zachowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="160"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="161"/>
        <source>Quit in the middle of the rehearsal?</source>
        <translation>Zakończyć w trakcie próby?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="162"/>
        <source>Nothing of a rehearsal is kept: the next start will not offer it again.</source>
        <translation>Z próby nic nie zostaje: przy następnym uruchomieniu nie pojawi się ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="198"/>
        <source>Rehearsal · invented members · {speed}. Nothing of it is kept: not in History, attendance, follow-ups, notes or backups.</source>
        <translation>Próba · zmyśleni uczestnicy · {speed}. Nic z niej nie zostanie zachowane: ani w historii, ani w obecności, sprawach do dopilnowania, notatkach czy kopiach zapasowych.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="38"/>
        <source>The workspace file is missing from this folder and no backup was restored. Unlock again to look at the backups once more, or quit and start the app again to begin a new, empty workspace (the backups are kept).</source>
        <translation>W tym folderze brakuje pliku przestrzeni roboczej i nie przywrócono żadnej kopii. Odblokuj ponownie, aby jeszcze raz przejrzeć kopie, albo zakończ i uruchom aplikację od nowa, aby zacząć z nową, pustą przestrzenią roboczą (kopie zostaną zachowane).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="52"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="80"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace missing</source>
        <translation>Brak przestrzeni roboczej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="53"/>
        <source>The workspace file is missing from this folder.</source>
        <translation>W tym folderze brakuje pliku przestrzeni roboczej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="55"/>
        <source>Its backups folder holds copies of a workspace. Restore the newest one that opens with your passphrase (you type it next), or start a new, empty workspace. The backups are kept either way.</source>
        <translation>Jego folder kopii zapasowych zawiera kopie przestrzeni roboczej. Przywróć najnowszą, która otwiera się twoim hasłem (wpiszesz je za chwilę), albo zacznij nową, pustą przestrzeń roboczą. W obu przypadkach kopie zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="61"/>
        <source>&amp;Restore a backup</source>
        <translation>&amp;Przywróć kopię</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="62"/>
        <source>&amp;Start a new workspace</source>
        <translation>&amp;Zacznij nową przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="81"/>
        <source>The workspace file is missing from this folder. Restore the backup made {made}?</source>
        <translation>W tym folderze brakuje pliku przestrzeni roboczej. Przywrócić kopię z {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="84"/>
        <source>Changes made after the backup are not in it.</source>
        <translation>Zmian wprowadzonych po utworzeniu kopii w niej nie ma.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="86"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace damaged</source>
        <translation>Uszkodzona przestrzeń robocza</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="87"/>
        <source>This workspace is damaged. Restore the backup made {made}?</source>
        <translation>Ta przestrzeń robocza jest uszkodzona. Przywrócić kopię z {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="88"/>
        <source>The damaged file is kept beside it, renamed, in case it can be repaired. Changes made after the backup are not in it.</source>
        <translation>Uszkodzony plik zostanie obok, pod zmienioną nazwą, na wypadek gdyby dało się go naprawić. Zmian wprowadzonych po utworzeniu kopii w niej nie ma.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="98"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Przywróć kopię</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="110"/>
        <source>A newer backup, made {made}, is damaged and was skipped.</source>
        <translation>Nowsza kopia, z {made}, jest uszkodzona i została pominięta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="111"/>
        <source>A newer backup, made {made}, was skipped: the part that the passphrase opens is damaged.</source>
        <translation>Nowsza kopia, z {made}, została pominięta: część, którą otwiera hasło, jest uszkodzona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="115"/>
        <source>A newer backup, made {made}, does not open with this passphrase and was skipped.</source>
        <translation>Nowsza kopia, z {made}, nie otwiera się tym hasłem i została pominięta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="118"/>
        <source>A newer backup, made {made}, was saved by a newer version of the app and was skipped.</source>
        <translation>Nowsza kopia, z {made}, została zapisana przez nowszą wersję aplikacji i została pominięta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="129"/>
        <source>The backup made {made} is damaged.</source>
        <translation>Kopia z {made} jest uszkodzona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="130"/>
        <source>The backup made {made}: the part that the passphrase opens is damaged.</source>
        <translation>Kopia z {made}: część, którą otwiera hasło, jest uszkodzona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="133"/>
        <source>The backup made {made} does not open with this passphrase.</source>
        <translation>Kopia z {made} nie otwiera się tym hasłem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="134"/>
        <source>The backup made {made} was saved by a newer version of the app.</source>
        <translation>Kopia z {made} została zapisana przez nowszą wersję aplikacji.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="152"/>
        <source>… and %Ln older ones.</source>
        <translation>
            <numerusform>… i %Ln starsza.</numerusform>
            <numerusform>… i %Ln starsze.</numerusform>
            <numerusform>… i %Ln starszych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="158"/>
        <source>If you keep another copy (a backup or an export, on a USB stick for example), choose it: it is checked before anything is replaced.</source>
        <translation>Jeśli masz inną kopię (kopię zapasową lub eksport, na przykład na pendrivie), wybierz ją: zostanie sprawdzona, zanim cokolwiek zostanie zastąpione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="168"/>
        <source>None of the backups in this folder can be restored.</source>
        <translation>Żadnej z kopii w tym folderze nie da się przywrócić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="170"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="178"/>
        <source>Choose a backup or an exported workspace</source>
        <translation>Wybierz kopię zapasową lub wyeksportowaną przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="180"/>
        <source>Workspace files (*.db *.fdw);;All files (*)</source>
        <translation>Pliki przestrzeni roboczej (*.db *.fdw);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="26"/>
        <source>Interrupted session</source>
        <translation>Przerwane spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="28"/>
        <source>A session of {group} was interrupted at {time}. Resume it?</source>
        <translation>Spotkanie grupy {group} zostało przerwane o {time}. Wznowić je?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="33"/>
        <source>Nothing was lost. It waits, paused, until you press Space; a member who was speaking has their turn ended at {time}.</source>
        <translation>Nic nie przepadło. Spotkanie czeka wstrzymane, aż naciśniesz Spację; wypowiedź osoby, która wtedy mówiła, kończy się o {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="38"/>
        <source>&amp;Resume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="39"/>
        <source>&amp;End it now</source>
        <translation>&amp;Zakończ je teraz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="40"/>
        <source>Decide &amp;later</source>
        <translation>Zdecyduj &amp;później</translation>
    </message>
</context>
<context>
    <name>RoomBand</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="130"/>
        <source>Rehearsal · practice only</source>
        <translation>Próba · tylko ćwiczenie</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="132"/>
        <source>The room display stays closed.</source>
        <translation>Ekran dla grupy pozostaje zamknięty.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="254"/>
        <source>Mirrored screens</source>
        <translation>Ekrany w trybie lustrzanym</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="255"/>
        <source>Another screen shows the same picture as yours.</source>
        <translation>Inny ekran pokazuje ten sam obraz co twój.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="257"/>
        <source>A projector set to mirror shows the room your private panels: who is here, airtime, your notes. The room view can cover them, or a blank screen can. F11 or Esc brings your panels back.</source>
        <translation>Projektor ustawiony na powielanie obrazu pokaże grupie twoje prywatne panele: kto jest, czas mówienia, twoje notatki. Może je zasłonić widok dla grupy albo wygaszony ekran. F11 lub Esc przywraca twoje panele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="263"/>
        <source>Show the &amp;room view</source>
        <translation>Pokaż widok dla &amp;grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="264"/>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Wygaś ekran</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="279"/>
        <source>Room view on this screen · F11 or Esc: back to your panels</source>
        <translation>Widok dla grupy na tym ekranie · F11 lub Esc: powrót do twoich paneli</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="281"/>
        <source>Room view here and on the mirrored screen · F11 or Esc: back to your panels, which the room then sees · B: blank</source>
        <translation>Widok dla grupy tutaj i na powielonym ekranie · F11 lub Esc: powrót do twoich paneli, które grupa wtedy zobaczy · B: wygaś</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="289"/>
        <source>One screen: the room view fills it. F11 or Esc brings your panels back.</source>
        <translation>Jeden ekran: wypełnia go widok dla grupy. F11 lub Esc przywraca twoje panele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="293"/>
        <source>Your screen is mirrored: the room view covers your panels. F11 or Esc brings them back, and the room sees them then.</source>
        <translation>Twój ekran jest powielany: widok dla grupy zasłania twoje panele. F11 lub Esc je przywraca — i wtedy grupa je zobaczy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="297"/>
        <source>Room display full screen on {screen}. F11 closes it.</source>
        <translation>Ekran dla grupy na pełnym ekranie: {screen}. F11 go zamyka.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="298"/>
        <source>the other screen</source>
        <translation>drugi ekran</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="301"/>
        <source>Careful: {screen} mirrors your screen, so the room sees your panels there.</source>
        <translation>Uwaga: {screen} powiela twój ekran, więc grupa widzi tam twoje panele.</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="137"/>
        <source>Room display</source>
        <translation>Ekran dla grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="163"/>
        <source>Time left in this segment</source>
        <translation>Pozostały czas tej części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="196"/>
        <source>Now speaking</source>
        <translation>Teraz mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="193"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="197"/>
        <source>Next</source>
        <translation>Następnie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="43"/>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Paused</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Starting soon</source>
        <translation>Zaraz zaczynamy</translation>
    </message>
</context>
<context>
    <name>RoomVoice</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="98"/>
        <source>{name} speaking now</source>
        <translation>Teraz mówi: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="100"/>
        <source>Member {number} speaking now</source>
        <translation>Teraz mówi uczestnik nr {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="104"/>
        <source>{segment}, over time</source>
        <translation>{segment}, po czasie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="105"/>
        <source>{segment}, {left}</source>
        <translation>{segment}, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="107"/>
        <source>Nearly done, {left}</source>
        <translation>Zbliża się koniec, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="109"/>
        <source>Over time</source>
        <translation>Po czasie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="115"/>
        <source>no time left</source>
        <translation>czas minął</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="116"/>
        <source>{minutes} left</source>
        <translation>pozostało: {minutes}</translation>
    </message>
</context>
<context>
    <name>RuleCardEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="49"/>
        <source>A few words, e.g. “One voice at a time”</source>
        <translation>Kilka słów, np. „Jedna osoba mówi naraz”</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="54"/>
        <source>Title length</source>
        <translation>Długość tytułu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="62"/>
        <source>The rule as one plain sentence.</source>
        <translation>Zasada w jednym prostym zdaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="67"/>
        <source>Optional: why this rule helps the group.</source>
        <translation>Opcjonalnie: dlaczego ta zasada pomaga grupie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="71"/>
        <source>Reason length</source>
        <translation>Długość uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="84"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="88"/>
        <source>S&amp;tatement:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="90"/>
        <source>Wh&amp;y:</source>
        <translation>Dl&amp;aczego:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="167"/>
        <source>Keep the reason under %Ln characters (this one has {n}): it prints under the rule on cards and handouts.</source>
        <translation>
            <numerusform>Uzasadnienie może mieć najwyżej %Ln znak (to ma {n}): drukuje się pod zasadą na kartach i wydrukach.</numerusform>
            <numerusform>Uzasadnienie może mieć najwyżej %Ln znaki (to ma {n}): drukuje się pod zasadą na kartach i wydrukach.</numerusform>
            <numerusform>Uzasadnienie może mieć najwyżej %Ln znaków (to ma {n}): drukuje się pod zasadą na kartach i wydrukach.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="180"/>
        <source>Give the card a short title.</source>
        <translation>Nadaj karcie krótki tytuł.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="183"/>
        <source>Titles are at most %Ln characters (this one has {n}).</source>
        <translation>
            <numerusform>Tytuł może mieć najwyżej %Ln znak (ten ma {n}).</numerusform>
            <numerusform>Tytuł może mieć najwyżej %Ln znaki (ten ma {n}).</numerusform>
            <numerusform>Tytuł może mieć najwyżej %Ln znaków (ten ma {n}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="193"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Zapisz zasadę jednym prostym zdaniem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="196"/>
        <source>Keep the statement under {max} characters.</source>
        <translation>Treść może mieć najwyżej {max} znaków.</translation>
    </message>
</context>
<context>
    <name>RuleCardListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="57"/>
        <source>(untitled card)</source>
        <translation>(karta bez tytułu)</translation>
    </message>
</context>
<context>
    <name>RuleCardsOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="130"/>
        <source>Cut-out cards</source>
        <translation>Karty do wycięcia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="131"/>
        <source>Folded table tents</source>
        <translation>Składane karty stojące</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="133"/>
        <source>Table tents fold across the middle and stand on the table, readable from both sides.</source>
        <translation>Karty stojące składa się na pół i stawia na stole; można je czytać z obu stron.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="142"/>
        <source>Show the “why” u&amp;nder each rule</source>
        <translation>Pokaż „dlacz&amp;ego” pod każdą zasadą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="145"/>
        <source>&amp;Layout:</source>
        <translation>Ukł&amp;ad:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="146"/>
        <source>C&amp;ards per page:</source>
        <translation>Kart na stro&amp;nie:</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="60"/>
        <source>Rule set version</source>
        <translation>Wersja zestawu zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="62"/>
        <source>&amp;Version:</source>
        <translation>W&amp;ersja:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="70"/>
        <source>Print ground rules…</source>
        <translation>Drukuj zasady grupy…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="72"/>
        <source>Print rule cards…</source>
        <translation>Drukuj karty zasad…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="82"/>
        <source>Rule card library</source>
        <translation>Biblioteka kart zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="90"/>
        <source>&amp;Add to rule set  →</source>
        <translation>&amp;Dodaj do zestawu  →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="91"/>
        <source>Add the selected library card (Enter)</source>
        <translation>Dodaj zaznaczoną kartę z biblioteki (Enter)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="96"/>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="106"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="124"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="255"/>
        <source>Rule set</source>
        <translation>Zestaw zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="108"/>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Przeciągnij, aby zmienić kolejność, albo użyj Alt+↑ i Alt+↓.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="110"/>
        <source>Move u&amp;p</source>
        <translation>&amp;Wyżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="111"/>
        <source>Move the card up (Alt+Up)</source>
        <translation>Przesuń kartę wyżej (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="113"/>
        <source>Move &amp;down</source>
        <translation>&amp;Niżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="114"/>
        <source>Move the card down (Alt+Down)</source>
        <translation>Przesuń kartę niżej (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="116"/>
        <source>&amp;New card</source>
        <translation>Nowa &amp;karta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="117"/>
        <source>Write a card of your own (Ctrl+N)</source>
        <translation>Napisz własną kartę (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="119"/>
        <source>&amp;Retire card</source>
        <translation>Wyc&amp;ofaj kartę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="121"/>
        <source>Leave this card out of the next version; earlier versions keep it.</source>
        <translation>Pomiń tę kartę w następnej wersji; wcześniejsze wersje ją zachowują.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="141"/>
        <source>&amp;Save as new version</source>
        <translation>&amp;Zapisz jako nową wersję</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="142"/>
        <source>Save the rule set as a new version (Ctrl+S)</source>
        <translation>Zapisz zestaw zasad jako nową wersję (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="147"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="162"/>
        <source>Create a group on the Groups page first; its ground rules are set here.</source>
        <translation>Najpierw załóż grupę na stronie Grupy; tutaj ustalisz jej zasady.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="192"/>
        <source>Rules</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="197"/>
        <source>the rule set</source>
        <translation>zestawu zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="235"/>
        <source>Working copy (based on version {n})</source>
        <translation>Kopia robocza (na podstawie wersji {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="237"/>
        <source>Working copy (not saved yet)</source>
        <translation>Kopia robocza (jeszcze niezapisana)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="241"/>
        <source>Version {n} · {date} · %Ln cards</source>
        <translation>
            <numerusform>Wersja {n} · {date} · %Ln karta</numerusform>
            <numerusform>Wersja {n} · {date} · %Ln karty</numerusform>
            <numerusform>Wersja {n} · {date} · %Ln kart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="245"/>
        <source> (current)</source>
        <translation> (aktualna)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="263"/>
        <source>You are looking at version {n} from {date}, read-only. Pick “Working copy” to edit the rules.</source>
        <translation>Oglądasz wersję {n} z {date}, tylko do odczytu. Wybierz „Kopia robocza”, aby edytować zasady.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="272"/>
        <source>Version {n}</source>
        <translation>Wersja {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="322"/>
        <source>Unsaved changes to the rule set</source>
        <translation>Niezapisane zmiany w zestawie zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="326"/>
        <source>Version {n} is current.</source>
        <translation>Aktualna jest wersja {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="330"/>
        <source>No rule set yet: add cards from the library.</source>
        <translation>Nie ma jeszcze zestawu zasad: dodaj karty z biblioteki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="339"/>
        <source>Ground rules of {group}</source>
        <translation>Zasady grupy {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="397"/>
        <source>That card is already in the rule set.</source>
        <translation>Ta karta jest już w zestawie zasad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="425"/>
        <source>Card retired from the working set; earlier versions keep it.</source>
        <translation>Karta wycofana z kopii roboczej; wcześniejsze wersje ją zachowują.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="479"/>
        <source>Card {n} needs attention before saving.</source>
        <translation>Karta {n} wymaga poprawki przed zapisaniem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="494"/>
        <source>No changes: version {n} stays current.</source>
        <translation>Bez zmian: aktualna pozostaje wersja {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="496"/>
        <source>Saved as version {n}.</source>
        <translation>Zapisano jako wersję {n}.</translation>
    </message>
</context>
<context>
    <name>RulesRail</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="24"/>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="26"/>
        <source>Rule cards</source>
        <translation>Karty zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="31"/>
        <source>Show  R</source>
        <translation>Pokaż  R</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="32"/>
        <source>Show the selected card on the room display (R then its number)</source>
        <translation>Pokaż zaznaczoną kartę na ekranie dla grupy (R i jej numer)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide  Esc</source>
        <translation>Ukryj  Esc</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide the card from the room display (Esc)</source>
        <translation>Ukryj kartę z ekranu dla grupy (Esc)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="65"/>
        <source>No rule cards yet (Rules page).</source>
        <translation>Nie ma jeszcze kart zasad (strona Zasady).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="90"/>
        <source>On the room display: {title}</source>
        <translation>Na ekranie dla grupy: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="93"/>
        <source>No card on the room display.</source>
        <translation>Na ekranie dla grupy nie ma karty.</translation>
    </message>
</context>
<context>
    <name>RunnerKeys</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="24"/>
        <source>Session and timer</source>
        <translation>Spotkanie i zegar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="25"/>
        <source>Who speaks</source>
        <translation>Kto mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="26"/>
        <source>Room display</source>
        <translation>Ekran dla grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="27"/>
        <source>Attendance, notes and the rest</source>
        <translation>Obecność, notatki i reszta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="87"/>
        <source>Show rule card 1–9 (R alone or R R: the selected card)</source>
        <translation>Pokaż kartę zasady 1–9 (samo R lub R R: zaznaczona karta)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="99"/>
        <source>Hide the rule card; cancel a number; leave a list</source>
        <translation>Ukryj kartę zasady; anuluj numer; wyjdź z listy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="107"/>
        <source>Blank the room display at once; B again shows it</source>
        <translation>Natychmiast wygaś ekran dla grupy; B ponownie go pokazuje</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="117"/>
        <source>Open or close the room display</source>
        <translation>Otwórz lub zamknij ekran dla grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="128"/>
        <source>Start, pause or resume the session</source>
        <translation>Rozpocznij, wstrzymaj lub wznów spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="135"/>
        <source>Next segment (after the last: end the session)</source>
        <translation>Następna część (po ostatniej: koniec spotkania)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="142"/>
        <source>Previous segment</source>
        <translation>Poprzednia część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="149"/>
        <source>One more minute for this segment</source>
        <translation>Jeszcze minuta dla tej części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="156"/>
        <source>Five more minutes for this segment</source>
        <translation>Jeszcze pięć minut dla tej części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="164"/>
        <source>Next speaker (the second key: a clicker's forward)</source>
        <translation>Następna osoba (drugi klawisz: „dalej” na pilocie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="172"/>
        <source>Back to the previous speaker (a clicker's back): a stray next leaves no turn</source>
        <translation>Powrót do poprzedniej osoby (pilot: „wstecz”); omyłkowe „dalej” się nie liczy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="183"/>
        <source>Pass: the member whose turn it is passes</source>
        <translation>Pas: osoba, na którą przypada kolej, pasuje</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="191"/>
        <source>“Come back to me”: the speaker goes to the round's end</source>
        <translation>„Wróć do mnie”: osoba mówiąca przechodzi na koniec rundy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="201"/>
        <source>End the turn without calling anyone</source>
        <translation>Zakończ wypowiedź, nie wywołując nikogo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="209"/>
        <source>In a round: the speaker's check-in score, S then the number (only you see it)</source>
        <translation>W rundzie: ocena samopoczucia osoby mówiącej, S i liczba (widzisz ją tylko ty)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="220"/>
        <source>Move the selected member up the queue</source>
        <translation>Przesuń zaznaczonego uczestnika wyżej w kolejce</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="227"/>
        <source>Move the selected member down the queue</source>
        <translation>Przesuń zaznaczonego uczestnika niżej w kolejce</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="237"/>
        <source>Names on the room display: aliases, initials, none</source>
        <translation>Imiona na ekranie dla grupy: w całości, inicjały, ukryte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="248"/>
        <source>Attendance of member 1–9: Here, Late, Left early … (M, ↑↓, Enter: anyone)</source>
        <translation>Obecność uczestnika 1–9: jest, spóźnienie, wyjście… (M, ↑↓, Enter: każdy)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="260"/>
        <source>Write a quick note: Enter saves it, Esc goes back</source>
        <translation>Napisz szybką notatkę: Enter ją zapisuje, Esc wraca</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="268"/>
        <source>Show these keys</source>
        <translation>Pokaż te klawisze</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="280"/>
        <source>This member joins the queue; before a round they start it, speaking</source>
        <translation>Ten uczestnik dołącza do kolejki; przed rundą zaczyna ją, zabierając głos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="290"/>
        <source>Members from 10 up: 0 then two digits (0 1 2: member 12)</source>
        <translation>Uczestnicy od 10 w górę: 0 i dwie cyfry (0 1 2: uczestnik 12)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="298"/>
        <source>In the queue: take the selected member out</source>
        <translation>W kolejce: usuń z niej zaznaczonego uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="303"/>
        <source>Everyone not marked yet is here</source>
        <translation>Wszyscy jeszcze nieoznaczeni są obecni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="309"/>
        <source>Next list: agenda, queue, attendance, rule cards, note</source>
        <translation>Następna lista: plan, kolejka, obecność, karty zasad, notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="317"/>
        <source>Lock: the room display keeps only the timer</source>
        <translation>Blokada: ekran dla grupy pokazuje tylko zegar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="322"/>
        <source>Quit (asks first while a session is open)</source>
        <translation>Zakończ (najpierw pyta, jeśli spotkanie jest otwarte)</translation>
    </message>
    <message>
        <source>Next speaker (PgDn: a clicker's forward)</source>
        <translation type="vanished">Następna osoba (PgDn: „dalej” na pilocie)</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="94"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="222"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="138"/>
        <source>Open a session first (Space).</source>
        <translation>Najpierw otwórz spotkanie (Spacja).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="97"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="141"/>
        <source>Press Space to start the session first.</source>
        <translation>Najpierw naciśnij Spację, aby rozpocząć spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="127"/>
        <source>This is the first segment.</source>
        <translation>To jest pierwsza część.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="144"/>
        <source>%Ln more minutes for this segment.</source>
        <translation>
            <numerusform>Jeszcze %Ln minuta dla tej części.</numerusform>
            <numerusform>Jeszcze %Ln minuty dla tej części.</numerusform>
            <numerusform>Jeszcze %Ln minut dla tej części.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="157"/>
        <source>The round is complete. → moves on to the next segment.</source>
        <translation>Runda zakończona. → przechodzi do następnej części.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="159"/>
        <source>Mark who is here first (M, or All present).</source>
        <translation>Najpierw zaznacz, kto jest (M albo Wszyscy na miejscu).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="161"/>
        <source>Nobody is waiting. A member's number adds them to the queue.</source>
        <translation>Nikt nie czeka. Numer uczestnika dopisuje go do kolejki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="174"/>
        <source>“Come back to me” is for rounds; in open discussion use N.</source>
        <translation>„Wróć do mnie” działa w rundach; w otwartej rozmowie użyj N.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="181"/>
        <source>Nobody is speaking.</source>
        <translation>Nikt nie mówi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="194"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>W tej części nikt jeszcze nie mówił: nie ma do kogo wrócić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="198"/>
        <source>{name} is no longer here: nobody to go back to.</source>
        <translation>{name}: tej osoby już tu nie ma, więc nie ma do kogo wrócić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="217"/>
        <source>Nobody has number {n}: the numbers go from 1 to {last}.</source>
        <translation>Nikt nie ma numeru {n}: numery są od 1 do {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="249"/>
        <source>Mark {name} as here first (M {n}, or a click on their status).</source>
        <translation>Najpierw zaznacz obecność: {name} (M {n} albo kliknięcie w status).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="256"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} jest już w kolejce.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="262"/>
        <source>The round is under way: N calls the next member.</source>
        <translation>Runda trwa: N wywołuje następną osobę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="299"/>
        <source>A round goes in seat order; the queue of an open discussion moves.</source>
        <translation>Runda idzie według kolejności miejsc; kolejka w otwartej rozmowie się zmienia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="304"/>
        <source>Choose a member in the queue first (a number, or Tab and ↑↓).</source>
        <translation>Najpierw wybierz uczestnika w kolejce (numer albo Tab i ↑↓).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="318"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="327"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="340"/>
        <source>This group has no rule cards yet.</source>
        <translation>Ta grupa nie ma jeszcze kart zasad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="336"/>
        <source>No rule card {n}: this group's cards go from 1 to {last}.</source>
        <translation>Nie ma karty zasady nr {n}: karty tej grupy mają numery od 1 do {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="356"/>
        <source>The card shows when the room display is open (F11).</source>
        <translation>Karta pojawi się, gdy ekran dla grupy będzie otwarty (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="389"/>
        <source>The room display is not open (F11).</source>
        <translation>Ekran dla grupy nie jest otwarty (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="399"/>
        <source>The room display shows aliases.</source>
        <translation>Ekran dla grupy pokazuje imiona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="400"/>
        <source>The room display shows initials.</source>
        <translation>Ekran dla grupy pokazuje inicjały.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="401"/>
        <source>The room display shows no names.</source>
        <translation>Ekran dla grupy nie pokazuje imion.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="29"/>
        <source>here</source>
        <translation>obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="30"/>
        <source>late</source>
        <translation>spóźnienie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="31"/>
        <source>left early</source>
        <translation>wcześniejsze wyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="32"/>
        <source>excused</source>
        <translation>usprawiedliwiona nieobecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="33"/>
        <source>absent</source>
        <translation>nieobecność bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="71"/>
        <source>{name} is already marked {status}: nothing changed.</source>
        <translation>{name} ma już status „{status}”: bez zmian.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="78"/>
        <source>Nothing changed.</source>
        <translation>Bez zmian.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="92"/>
        <source>came at {time}</source>
        <translation>przyjście o {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="94"/>
        <source>left at {time}</source>
        <translation>wyjście o {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="96"/>
        <source>Change attendance</source>
        <translation>Zmień obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="97"/>
        <source>Mark {name} {status}?</source>
        <translation>Zmienić status na „{status}”: {name}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="98"/>
        <source>{name} {times}; that time is removed from the record.</source>
        <translation>{name}: {times}; ta godzina zostanie usunięta z zapisu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="99"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="101"/>
        <source>&amp;Change it</source>
        <translation>&amp;Zmień</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="115"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Ocena samopoczucia w tej grupie to liczba od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="127"/>
        <source>Check-in score for {name}: {score}.</source>
        <translation>Ocena samopoczucia, {name}: {score}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="129"/>
        <source>Check-in score for {name}: {score} (as before).</source>
        <translation>Ocena samopoczucia, {name}: {score} (bez zmian).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="131"/>
        <source>Check-in score for {name}: {score}, replacing {previous}.</source>
        <translation>Ocena samopoczucia, {name}: {score} zamiast {previous}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="147"/>
        <source>Check-in scores are recorded in rounds, from the member speaking.</source>
        <translation>Oceny samopoczucia zapisuje się w rundach, od osoby, która mówi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="151"/>
        <source>Nobody has spoken in this round yet: a score goes to the speaker.</source>
        <translation>W tej rundzie nikt jeszcze nie mówił: ocena trafia do osoby mówiącej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="63"/>
        <source>Choose or create a group first.</source>
        <translation>Najpierw wybierz lub załóż grupę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="66"/>
        <source>Session open. Mark who is here, then press Space to start.</source>
        <translation>Spotkanie otwarte. Zaznacz, kto jest, a potem naciśnij Spację, aby zacząć.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="96"/>
        <source>Session resumed. It waits, paused: press Space to go on.</source>
        <translation>Spotkanie wznowione. Czeka wstrzymane: naciśnij Spację, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="111"/>
        <source>End the interrupted session</source>
        <translation>Zakończ przerwane spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="112"/>
        <source>End it now, as it was when it stopped?</source>
        <translation>Zakończyć je teraz, w stanie z chwili przerwania?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="113"/>
        <source>It is saved to the history; members not marked count as absent.</source>
        <translation>Zostanie zapisane w historii; nieoznaczeni uczestnicy liczą się jako nieobecni.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="114"/>
        <source>&amp;End it</source>
        <translation>&amp;Zakończ je</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="120"/>
        <source>The interrupted session was ended and saved to the history.</source>
        <translation>Przerwane spotkanie zostało zakończone i zapisane w historii.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="138"/>
        <source>Discard session</source>
        <translation>Odrzuć spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="139"/>
        <source>Discard this session?</source>
        <translation>Odrzucić to spotkanie?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="140"/>
        <source>It never started, so nothing is kept (attendance marked is dropped).</source>
        <translation>Nie zostało rozpoczęte, więc nic nie zostanie zachowane (zaznaczona obecność przepadnie).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="141"/>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="145"/>
        <source>Session discarded.</source>
        <translation>Spotkanie odrzucone.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="148"/>
        <source>End session</source>
        <translation>Zakończ spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="149"/>
        <source>End the session now?</source>
        <translation>Zakończyć spotkanie teraz?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="150"/>
        <source>It becomes history: planned and actual times, attendance and turns are saved. Members not marked count as absent.</source>
        <translation>Trafi do historii: zaplanowane i faktyczne czasy, obecność i wypowiedzi zostaną zapisane. Nieoznaczeni uczestnicy liczą się jako nieobecni.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="154"/>
        <source>&amp;End session</source>
        <translation>&amp;Zakończ spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="173"/>
        <source>It has not started: the next start offers it again, or you can discard it.</source>
        <translation>Nie zostało rozpoczęte: przy następnym uruchomieniu pojawi się ponownie albo możesz je odrzucić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="177"/>
        <source>The session stays open: the next start offers to resume it, paused where you quit. To save it to the history, end the session instead.</source>
        <translation>Spotkanie pozostanie otwarte: przy następnym uruchomieniu aplikacja zaproponuje jego wznowienie, wstrzymane w miejscu, w którym je zostawiasz. Aby zapisać je w historii, zakończ spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="184"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="185"/>
        <source>Quit while a session is open?</source>
        <translation>Zakończyć, gdy spotkanie jest otwarte?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/page.py" line="192"/>
        <source>Session</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="52"/>
        <source>Soft chime when a segment ends</source>
        <translation>Cichy dzwonek na koniec części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="54"/>
        <source>A soft chime when a segment's time runs out (off: silent)</source>
        <translation>Cichy dzwonek, gdy kończy się czas części (wyłączone: cisza)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="58"/>
        <source>Five more minutes for this segment (F)</source>
        <translation>Jeszcze pięć minut dla tej części (F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="61"/>
        <source>Airtime · only you see this</source>
        <translation>Czas mówienia · tylko dla ciebie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="63"/>
        <source>Nobody present yet.</source>
        <translation>Nikt jeszcze nie jest obecny.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="122"/>
        <source>Run a group's session: timer, talking order, rule cards and notes.</source>
        <translation>Prowadź spotkanie grupy: zegar, kolejność wypowiedzi, karty zasad i notatki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="157"/>
        <source>A session of {group} was interrupted at {time}.</source>
        <translation>Spotkanie grupy {group} zostało przerwane o {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="222"/>
        <source>{group} · opened {time} · {present} here</source>
        <translation>{group} · otwarte o {time} · obecnych: {present}</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="39"/>
        <source>Safety number: {digits}</source>
        <translation>Numer bezpieczeństwa: {digits}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="47"/>
        <source>the twelve digits, e.g. 0412 7730 9921</source>
        <translation>dwanaście cyfr, np. 0412 7730 9921</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="48"/>
        <source>The safety number you compared</source>
        <translation>Porównany numer bezpieczeństwa</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="21"/>
        <source>Not saved yet: the disk is full. Kept here; saved when there is room.</source>
        <translation>Jeszcze niezapisane: dysk jest pełny. Przechowane tutaj; zostanie zapisane, gdy zwolni się miejsce.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="23"/>
        <source>Not saved yet: the data folder is read-only. Kept here; saved when it can be written again.</source>
        <translation>Jeszcze niezapisane: folder danych jest tylko do odczytu. Przechowane tutaj; zostanie zapisane, gdy znów będzie można w nim zapisywać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="28"/>
        <source>Not saved yet: the workspace key is being changed. Kept here; saved in a moment.</source>
        <translation>Jeszcze niezapisane: trwa zmiana klucza przestrzeni roboczej. Przechowane tutaj; zostanie zapisane za chwilę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="31"/>
        <source>Not saved yet: the disk could not be written. Kept here; saved when it works again.</source>
        <translation>Jeszcze niezapisane: nie udało się zapisać na dysku. Przechowane tutaj; zostanie zapisane, gdy dysk znów zadziała.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="37"/>
        <source>Saved now: everything kept here is stored. Nothing was lost.</source>
        <translation>Zapisano: wszystko, co było tu przechowane, jest już na dysku. Nic nie przepadło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="41"/>
        <source>The session has ended. It goes to the history as soon as it can be saved; keep the app open until then.</source>
        <translation>Spotkanie się zakończyło. Trafi do historii, gdy tylko będzie można je zapisać; do tego czasu nie zamykaj aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="48"/>
        <source>Some changes from the room are not saved yet (they could not be written): quitting now loses them.</source>
        <translation>Niektóre zmiany ze spotkania nie są jeszcze zapisane (nie udało się ich zapisać): zamknięcie aplikacji teraz je utraci.</translation>
    </message>
</context>
<context>
    <name>ScoreStrip</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="67"/>
        <source>Check-in score</source>
        <translation>Ocena samopoczucia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in · {name}</source>
        <translation>Samopoczucie · {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="84"/>
        <source>The speaker's self-rating</source>
        <translation>Samoocena osoby mówiącej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="85"/>
        <source>S then the number, or a click. Only you see it.</source>
        <translation>S i liczba albo kliknięcie. Widzisz to tylko ty.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="92"/>
        <source>Check-in score of {name}: {score} (S {score})</source>
        <translation>Ocena samopoczucia, {name}: {score} (S {score})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="96"/>
        <source>A score goes to the member speaking (S then the number).</source>
        <translation>Ocena trafia do osoby, która mówi (S i liczba).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="108"/>
        <source>Check-in score {score}</source>
        <translation>Ocena samopoczucia {score}</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Add a segment</source>
        <translation>Dodaj część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Change a segment</source>
        <translation>Zmień część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="49"/>
        <source>e.g. Closing round</source>
        <translation>np. Runda zamykająca</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="52"/>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="56"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="59"/>
        <source>Round: everyone in seat order</source>
        <translation>Runda: wszyscy po kolei według miejsc</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="60"/>
        <source>Open: raise a hand to join the queue</source>
        <translation>Otwarta: podnieś rękę, by dołączyć do kolejki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="67"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuty:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="69"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="102"/>
        <source>Give the segment a name, e.g. “Check-out”.</source>
        <translation>Nadaj części nazwę, np. „Runda zamykająca”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="105"/>
        <source>Enter how many minutes the segment takes.</source>
        <translation>Wpisz, ile minut trwa ta część.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="107"/>
        <source>Enter whole minutes as a number, e.g. 10.</source>
        <translation>Wpisz pełne minuty jako liczbę, np. 10.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="109"/>
        <source>A segment needs at least 1 minute.</source>
        <translation>Część musi trwać co najmniej 1 minutę.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="111"/>
        <source>A segment can be at most {max} minutes.</source>
        <translation>Część może trwać najwyżej {max} min.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="178"/>
        <source>A session is already open.</source>
        <translation>Spotkanie jest już otwarte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="201"/>
        <source>End the open session before resuming another.</source>
        <translation>Zakończ otwarte spotkanie, zanim wznowisz inne.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="209"/>
        <source>This session's record cannot be read back to resume it.</source>
        <translation>Zapisu tego spotkania nie da się odczytać, więc nie można go wznowić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="321"/>
        <source>Open a session first.</source>
        <translation>Najpierw otwórz spotkanie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="324"/>
        <source>First say whether the laptop's sleep counts as session time.</source>
        <translation>Najpierw zdecyduj, czy uśpienie laptopa liczy się do czasu spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="436"/>
        <source>Counted as session time: {duration} of sleep. A turn under way ended when the laptop went to sleep.</source>
        <translation>Wliczono do czasu spotkania uśpienie laptopa: {duration}. Trwająca wypowiedź zakończyła się w chwili uśpienia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="441"/>
        <source>Not counted: {duration} of sleep. The clock goes on from where it stopped.</source>
        <translation>Nie wliczono uśpienia: {duration}. Zegar biegnie dalej od miejsca, w którym się zatrzymał.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="477"/>
        <source>The laptop slept for {duration} while the session was paused.</source>
        <translation>Gdy spotkanie było wstrzymane, laptop był uśpiony; czas uśpienia: {duration}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="479"/>
        <source>The laptop slept for {duration} before the session started.</source>
        <translation>Przed rozpoczęciem spotkania laptop był uśpiony; czas uśpienia: {duration}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="23"/>
        <source>End the turn under way first.</source>
        <translation>Najpierw zakończ trwającą wypowiedź.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="24"/>
        <source>Nobody is speaking.</source>
        <translation>Nikt nie mówi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="25"/>
        <source>Nobody is marked present yet.</source>
        <translation>Nikt nie jest jeszcze oznaczony jako obecny.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="26"/>
        <source>The round is complete: it is nobody's turn to pass.</source>
        <translation>Runda zakończona: nikt nie ma kolejki, by spasować.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="27"/>
        <source>Nobody else is waiting in this round.</source>
        <translation>W tej rundzie nikt więcej nie czeka.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="28"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>W tej części nikt jeszcze nie mówił: nie ma do kogo wrócić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="29"/>
        <source>The round has not started yet.</source>
        <translation>Runda jeszcze się nie zaczęła.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="30"/>
        <source>No segment is running.</source>
        <translation>Żadna część nie trwa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="31"/>
        <source>That is for rounds; this segment is an open discussion.</source>
        <translation>To jest dla rund; ta część to otwarta rozmowa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="32"/>
        <source>That is for open discussion; this segment is a round.</source>
        <translation>To jest dla otwartej rozmowy; ta część to runda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="33"/>
        <source>{name} is not marked present.</source>
        <translation>{name} nie ma zaznaczonej obecności.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="34"/>
        <source>{name} is not the one speaking.</source>
        <translation>To nie {name} teraz mówi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="35"/>
        <source>{name} is not waiting in the queue.</source>
        <translation>{name} nie czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="36"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} jest już w kolejce.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="37"/>
        <source>{name} is already in the round.</source>
        <translation>{name} jest już w rundzie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="38"/>
        <source>{name} is speaking: end their turn before they leave.</source>
        <translation>{name} teraz mówi: zakończ wypowiedź, zanim ta osoba wyjdzie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="39"/>
        <source>This is the first segment.</source>
        <translation>To jest pierwsza część.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="40"/>
        <source>That segment is already the current one.</source>
        <translation>Ta część już trwa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="41"/>
        <source>The session has not started yet: Space starts it.</source>
        <translation>Spotkanie jeszcze się nie zaczęło: Spacja je rozpoczyna.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="42"/>
        <source>The session is already running.</source>
        <translation>Spotkanie już trwa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="43"/>
        <source>The session is paused: Space resumes it.</source>
        <translation>Spotkanie jest wstrzymane: Spacja je wznawia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="44"/>
        <source>The session has ended.</source>
        <translation>Spotkanie się zakończyło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="45"/>
        <source>A segment's planned time cannot go below zero.</source>
        <translation>Planowany czas części nie może spaść poniżej zera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="46"/>
        <source>An agenda needs at least one segment.</source>
        <translation>Plan spotkania potrzebuje co najmniej jednej części.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="47"/>
        <source>A segment needs a name.</source>
        <translation>Część potrzebuje nazwy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="56"/>
        <source>That is not possible right now.</source>
        <translation>Teraz nie jest to możliwe.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Open or close the room display (F11)</source>
        <translation>Otwórz lub zamknij ekran dla grupy (F11)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Room display  F11</source>
        <translation>Ekran dla grupy  F11</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="24"/>
        <source>Blank  B</source>
        <translation>Wygaś  B</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="25"/>
        <source>Blank the room display at once; again to restore (B)</source>
        <translation>Natychmiast wygaś ekran dla grupy; ponownie, aby przywrócić (B)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="30"/>
        <source>Names: aliases</source>
        <translation>Imiona: w całości</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="31"/>
        <source>Names: initials</source>
        <translation>Imiona: inicjały</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="32"/>
        <source>Names: none</source>
        <translation>Imiona: ukryte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="33"/>
        <source>How the room display names members</source>
        <translation>Jak ekran dla grupy pokazuje uczestników</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="34"/>
        <source>Names on the room display</source>
        <translation>Imiona na ekranie dla grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Keys  ?</source>
        <translation>Klawisze  ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Show all keys (?)</source>
        <translation>Pokaż wszystkie klawisze (?)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End session…</source>
        <translation>Zakończ spotkanie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End the session and see its summary</source>
        <translation>Zakończ spotkanie i zobacz podsumowanie</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="118"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="119"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="120"/>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="121"/>
        <source>Segments</source>
        <translation>Części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="122"/>
        <source>Overruns</source>
        <translation>Przekroczenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="126"/>
        <source>When the session started (✎ = corrected afterwards)</source>
        <translation>Kiedy zaczęło się spotkanie (✎ = poprawione później)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="127"/>
        <source>How long it ran</source>
        <translation>Jak długo trwało</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="128"/>
        <source>Members present, late or leaving early (+ guests)</source>
        <translation>Uczestnicy obecni, spóźnieni lub wychodzący wcześniej (+ goście)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="129"/>
        <source>Agenda segments</source>
        <translation>Części planu spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="130"/>
        <source>Segments that ran more than a minute over their plan</source>
        <translation>Części, które trwały ponad minutę dłużej niż w planie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="172"/>
        <source>{date}, started {clock}</source>
        <translation>{date}, początek {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="176"/>
        <source>✎ Corrected afterwards: open it to see what changed.</source>
        <translation>✎ Poprawione później: otwórz, aby zobaczyć, co się zmieniło.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="179"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} z planowanych {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="183"/>
        <source>{members} and {guests}</source>
        <translation>{members} i {guests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="187"/>
        <source>%Ln of {m} segments ran over</source>
        <translation>
            <numerusform>%Ln z {m} części się przeciągnęła</numerusform>
            <numerusform>%Ln z {m} części się przeciągnęły</numerusform>
            <numerusform>%Ln z {m} części się przeciągnęło</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="36"/>
        <source>Session notes to sign</source>
        <translation>Dokumentacja do podpisania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="47"/>
        <source>Session of {date}</source>
        <translation>Spotkanie {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="48"/>
        <source>The note of the session of {date} is not signed, %Ln day(s) on.</source>
        <translation>
            <numerusform>Dokumentacja spotkania z {date} nie jest podpisana od %Ln dnia.</numerusform>
            <numerusform>Dokumentacja spotkania z {date} nie jest podpisana od %Ln dni.</numerusform>
            <numerusform>Dokumentacja spotkania z {date} nie jest podpisana od %Ln dni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="56"/>
        <source>Open the session note</source>
        <translation>Otwórz dokumentację spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="60"/>
        <source>&amp;Open the note</source>
        <translation>&amp;Otwórz dokumentację</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="25"/>
        <source>present</source>
        <translation>obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="26"/>
        <source>late</source>
        <translation>spóźnienie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="27"/>
        <source>left early</source>
        <translation>wcześniejsze wyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="28"/>
        <source>excused</source>
        <translation>usprawiedliwiona nieobecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="29"/>
        <source>absent without notice</source>
        <translation>bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="42"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} z planowanych {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="50"/>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="72"/>
        <source>late, came {time}</source>
        <translation>spóźnienie, przyjście {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="75"/>
        <source>left {time}</source>
        <translation>wyjście {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="82"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} z {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="93"/>
        <source>{name}: {turns}; nobody passed</source>
        <translation>{name}: {turns}; nikt nie spasował</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="94"/>
        <source>{name}: {turns}; passed: {names}</source>
        <translation>{name}: {turns}; pas: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="104"/>
        <source>{status} {start}–{end}</source>
        <translation>{status} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="110"/>
        <source>spoke {time} ({share})</source>
        <translation>czas mówienia {time} ({share})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="117"/>
        <source>check-in {score} ({low}–{high})</source>
        <translation>samopoczucie {score} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="135"/>
        <source>ground rules not acknowledged</source>
        <translation>zasady grupy niepodpisane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="137"/>
        <source>ground rules v{version} acknowledged</source>
        <translation>zasady grupy podpisane (wersja {version})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="140"/>
        <source>ground rules v{version} acknowledged (v{current} in force)</source>
        <translation>zasady grupy podpisane (wersja {version}, obowiązuje {current})</translation>
    </message>
    <message>
        <source>The note of the session of {date} is not signed, {days} days on.</source>
        <translation type="vanished">Dokumentacja spotkania z {date} nie jest podpisana, minęło dni: {days}.</translation>
    </message>
</context>
<context>
    <name>SessionNoteDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="99"/>
        <source>Session note not saved</source>
        <translation>Nie zapisano dokumentacji spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="100"/>
        <source>The last lines of this session note could not be saved. They are kept, sealed, until you open this note again; it saves them then.</source>
        <translation>Nie udało się zapisać ostatnich wierszy tej dokumentacji. Są przechowywane w postaci zaszyfrowanej do czasu, gdy ponownie ją otworzysz; wtedy zostaną zapisane.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="79"/>
        <source>Session note</source>
        <translation>Dokumentacja spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="86"/>
        <source>This note is damaged and cannot be shown or changed. The session's facts are fine; a backup may hold an intact copy of the note.</source>
        <translation>Ta dokumentacja jest uszkodzona i nie da się jej wyświetlić ani zmienić. Dane spotkania są w porządku; nienaruszona wersja dokumentacji może się znajdować w kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="101"/>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="103"/>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="105"/>
        <source>Edit &amp;templates…</source>
        <translation>E&amp;dytuj szablony…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="115"/>
        <source>Themes, separated by commas</source>
        <translation>Tematy, rozdzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="116"/>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="118"/>
        <source>T&amp;hemes:</source>
        <translation>&amp;Tematy:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="129"/>
        <source>Add an &amp;addendum to the group note…</source>
        <translation>Dodaj &amp;uzupełnienie do części grupowej…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="136"/>
        <source>Nobody was present: there are no progress entries.</source>
        <translation>Nikt nie był obecny: nie ma wpisów indywidualnych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="145"/>
        <source>The group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="153"/>
        <source>Each member present</source>
        <translation>Każdy obecny uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="167"/>
        <source>&amp;Copy for a member…</source>
        <translation>&amp;Kopia dla uczestnika…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="169"/>
        <source>A member's progress entry as a PDF, the others reduced to initials</source>
        <translation>Wpis indywidualny uczestnika jako PDF, pozostali skróceni do inicjałów</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="172"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Podpisz…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="173"/>
        <source>Signed, the note no longer changes</source>
        <translation>Po podpisaniu dokumentacja już się nie zmienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="175"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="361"/>
        <source>Not saved: {why}</source>
        <translation>Nie zapisano: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="367"/>
        <source>Saved {time}</source>
        <translation>Zapisano {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="380"/>
        <source>Signed {date}, {time}: read-only</source>
        <translation>Podpisano {date}, {time}: tylko odczyt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="386"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="388"/>
        <source>Not written yet</source>
        <translation>Jeszcze nienapisana</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="402"/>
        <source>Sign the session note</source>
        <translation>Podpisz dokumentację spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="403"/>
        <source>Sign this session note?</source>
        <translation>Podpisać dokumentację tego spotkania?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="404"/>
        <source>Signed, it can no longer change, as in a clinical record. What you add later is a dated addendum under it.</source>
        <translation>Po podpisaniu nie można jej już zmienić, tak jak dokumentacji medycznej. To, co dodasz później, będzie uzupełnieniem z datą, umieszczonym pod nią.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="408"/>
        <source>&amp;Sign</source>
        <translation>&amp;Podpisz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="423"/>
        <source>An addendum to the group note.</source>
        <translation>Uzupełnienie do części grupowej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="429"/>
        <source>An addendum to {name}'s progress entry.</source>
        <translation>Uzupełnienie do wpisu indywidualnego: {name}.</translation>
    </message>
</context>
<context>
    <name>SessionNoteSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="28"/>
        <source>Session notes</source>
        <translation>Dokumentacja spotkań</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="33"/>
        <source>Days before an unsigned note is a follow-up</source>
        <translation>Po ilu dniach niepodpisana dokumentacja staje się sprawą do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="36"/>
        <source>&amp;Unsigned notes are a follow-up after</source>
        <translation>Niepodpi&amp;sana dokumentacja do dopilnowania po</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="41"/>
        <source>days</source>
        <translation>dniach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="45"/>
        <source>as their initials</source>
        <translation>jako inicjały</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="46"/>
        <source>removed</source>
        <translation>usunięte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="47"/>
        <source>Other members in a member's copy</source>
        <translation>Pozostali uczestnicy w kopii dla uczestnika</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="50"/>
        <source>In a member's copy, the &amp;others are</source>
        <translation>W kopii dla uczestnika pozostał&amp;e osoby:</translation>
    </message>
</context>
<context>
    <name>SessionSummaryOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="206"/>
        <source>Session</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="207"/>
        <source>No finished sessions yet</source>
        <translation>Nie ma jeszcze zakończonych spotkań</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="209"/>
        <source>Include pri&amp;vate notes</source>
        <translation>Dołącz pr&amp;ywatne notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="211"/>
        <source>Notes are left out unless you tick this. On paper anyone can read them.</source>
        <translation>Notatki są pomijane, dopóki tego nie zaznaczysz. Na papierze każdy może je przeczytać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="216"/>
        <source>Sessio&amp;n:</source>
        <translation>Spotka&amp;nie:</translation>
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
        <translation>{time} · {share}%</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="168"/>
        <source>Unlock to see your notes.</source>
        <translation>Odblokuj, aby zobaczyć swoje notatki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="174"/>
        <source>No notes for this session.</source>
        <translation>Brak notatek z tego spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="179"/>
        <source>follow up</source>
        <translation>do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="181"/>
        <source>by {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="190"/>
        <source>came {clock}</source>
        <translation>przyjście {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="192"/>
        <source>left {clock}</source>
        <translation>wyjście {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="245"/>
        <source>Correction saved and recorded.</source>
        <translation>Poprawka zapisana i odnotowana.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="255"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} z planowanych {planned} · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="267"/>
        <source>Corrected on {date}</source>
        <translation>Poprawione {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="65"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Drukuj podsumowanie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="66"/>
        <source>Save this session's summary as a PDF to print</source>
        <translation>Zapisz podsumowanie tego spotkania jako PDF do wydruku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="68"/>
        <source>Session &amp;note…</source>
        <translation>Doku&amp;mentacja spotkania…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="70"/>
        <source>The session's note: the group once, a line per member</source>
        <translation>Dokumentacja spotkania: raz o grupie, po wpisie o każdym uczestniku</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="73"/>
        <source>Correct &amp;attendance…</source>
        <translation>Popraw o&amp;becność…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="75"/>
        <source>Correct a &amp;turn…</source>
        <translation>Popraw &amp;wypowiedź…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="76"/>
        <source>Or click a turn on the timeline</source>
        <translation>Albo kliknij wypowiedź na osi czasu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="93"/>
        <source>No attendance was recorded.</source>
        <translation>Nie zapisano obecności.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="96"/>
        <source>Nobody spoke.</source>
        <translation>Nikt nie zabrał głosu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="98"/>
        <source>No turns were recorded.</source>
        <translation>Nie zapisano żadnych wypowiedzi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="105"/>
        <source>Corrections</source>
        <translation>Poprawki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="111"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="112"/>
        <source>Airtime</source>
        <translation>Czas mówienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="118"/>
        <source>Dashed line: an equal share.</source>
        <translation>Linia przerywana: równy udział.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="138"/>
        <source>Planned and actual</source>
        <translation>Plan i rzeczywistość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="143"/>
        <source>Turns over time</source>
        <translation>Wypowiedzi w czasie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="146"/>
        <source>Your notes</source>
        <translation>Twoje notatki</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="153"/>
        <source>The chosen session</source>
        <translation>Wybrane spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="158"/>
        <source>Pick a session on the left to see how it went.</source>
        <translation>Wybierz spotkanie po lewej, aby zobaczyć, jak przebiegło.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="29"/>
        <source>Follow-ups</source>
        <translation>Do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="34"/>
        <source>Absences in a row without notice before a follow-up</source>
        <translation>Liczba nieobecności z rzędu bez uprzedzenia, po której sprawa trafia do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="37"/>
        <source>&amp;Follow up after</source>
        <translation>&amp;Dopilnuj po</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="46"/>
        <source>A member appears on the Follow-ups page when their latest sessions end with this many absences without notice. Excused absences do not count. 1 means the first one: the easiest moment to reach out.</source>
        <translation>Uczestnik pojawia się na stronie Do dopilnowania, gdy jego ostatnie spotkania kończą się taką liczbą nieobecności bez uprzedzenia. Nieobecności usprawiedliwione się nie liczą. 1 oznacza pierwszą z nich: najlepszy moment, by się odezwać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="79"/>
        <source>Follow-ups start at the first absence without notice.</source>
        <translation>Sprawa do dopilnowania pojawia się przy pierwszej nieobecności bez uprzedzenia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="81"/>
        <source>Follow-ups start after %Ln absences in a row without notice.</source>
        <translation>
            <numerusform>Sprawa do dopilnowania pojawia się po %Ln nieobecności bez uprzedzenia.</numerusform>
            <numerusform>Sprawa do dopilnowania pojawia się po %Ln nieobecnościach z rzędu bez uprzedzenia.</numerusform>
            <numerusform>Sprawa do dopilnowania pojawia się po %Ln nieobecnościach z rzędu bez uprzedzenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="87"/>
        <source>absences in a row without notice</source>
        <extracomment>after a number box (&quot;Follow up after [3] absences in a row without notice&quot;); the number itself is not in the text.</extracomment>
        <translation>
            <numerusform>nieobecności bez uprzedzenia</numerusform>
            <numerusform>nieobecnościach z rzędu bez uprzedzenia</numerusform>
            <numerusform>nieobecnościach z rzędu bez uprzedzenia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="184"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="77"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="79"/>
        <source>Language of the app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="87"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Język aplikacji:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="94"/>
        <source>A new language takes effect when the app starts again. Each group's handouts and room display can have a language of their own (Groups page).</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu aplikacji. Wydruki i ekran dla grupy mogą mieć w każdej grupie własny język (strona Grupy).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="107"/>
        <source>Locking</source>
        <translation>Blokowanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="110"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="111"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="112"/>
        <source>Lock automatically after minutes</source>
        <translation>Blokuj automatycznie po tylu minutach</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="115"/>
        <source>Lock &amp;automatically after</source>
        <translation>Blokuj &amp;automatycznie po</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="120"/>
        <source>without keyboard or mouse use</source>
        <translation>bez użycia klawiatury i myszy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="123"/>
        <source>It waits while a session's clock runs in this window; a paused session, or one a crash left open, does not hold it off. Time asleep counts: a laptop woken after longer than this locks within seconds. On most Linux desktops it also locks when the screen locks or the laptop goes to sleep. Ctrl+L locks at any moment; Never (0) locks only by hand.</source>
        <translation>Blokada czeka, dopóki w tym oknie biegnie zegar spotkania; wstrzymane spotkanie ani spotkanie pozostawione otwarte po awarii jej nie powstrzymują. Czas uśpienia się liczy: laptop wybudzony po dłuższym czasie zablokuje się w ciągu kilku sekund. Na większości pulpitów Linuksa blokuje się też razem z ekranem lub przy uśpieniu laptopa. Ctrl+L blokuje w każdej chwili; przy ustawieniu Nigdy (0) blokujesz tylko ręcznie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="141"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="143"/>
        <source>Your passphrase opens this workspace and its backups. Changing it keeps every note as it is; the old passphrase stops working at once, in every backup too.</source>
        <translation>Twoje hasło otwiera tę przestrzeń roboczą i jej kopie zapasowe. Jego zmiana nie zmienia żadnej notatki; stare hasło natychmiast przestaje działać, także we wszystkich kopiach.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="151"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Zmień hasło…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="158"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="339"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="162"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="225"/>
        <source>Language saved: it takes effect when the app starts again.</source>
        <translation>Język zapisany: zacznie obowiązywać po ponownym uruchomieniu aplikacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="239"/>
        <source>Automatic locking is off.</source>
        <translation>Automatyczne blokowanie jest wyłączone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="241"/>
        <source>Locks after %Ln minutes without use.</source>
        <translation>
            <numerusform>Blokuje się po %Ln minucie bez użycia.</numerusform>
            <numerusform>Blokuje się po %Ln minutach bez użycia.</numerusform>
            <numerusform>Blokuje się po %Ln minutach bez użycia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="264"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Hasło zmienione. Od teraz używaj nowego.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="266"/>
        <source>Passphrase changed.</source>
        <translation>Hasło zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="280"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="304"/>
        <source>A recovery key is set up. If the paper is lost, replace it: the old key then stops working, in every backup too.</source>
        <translation>Klucz odzyskiwania jest ustawiony. Jeśli kartka zginie, zastąp klucz nowym: stary przestanie wtedy działać, także we wszystkich kopiach zapasowych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="310"/>
        <source>Re&amp;place recovery key…</source>
        <translation>Zastą&amp;p klucz odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="313"/>
        <source>No recovery key. If you forget your passphrase, nobody can open this workspace. A recovery key, printed and kept safe, is a second way in.</source>
        <translation>Brak klucza odzyskiwania. Jeśli zapomnisz hasła, nikt nie otworzy tej przestrzeni roboczej. Klucz odzyskiwania, wydrukowany i bezpiecznie przechowany, to drugie wejście.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="319"/>
        <source>Create recovery &amp;key…</source>
        <translation>Utwórz &amp;klucz odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="327"/>
        <source>Replace recovery key</source>
        <translation>Zastąp klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="328"/>
        <source>Enter your passphrase to make a new recovery key. The key you have now stops working, in every backup too: a new workspace key is made and every private detail re-encrypted, since whoever has the old paper may have copied the old key.</source>
        <translation>Wpisz hasło, aby utworzyć nowy klucz odzyskiwania. Obecny klucz przestanie działać, także we wszystkich kopiach zapasowych: powstanie nowy klucz przestrzeni roboczej, a wszystkie prywatne dane zostaną ponownie zaszyfrowane, bo ktoś, kto ma starą kartkę, mógł skopiować stary klucz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="334"/>
        <source>&amp;Make a new key</source>
        <translation>&amp;Utwórz nowy klucz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="340"/>
        <source>Enter your passphrase to make a recovery key for this workspace.</source>
        <translation>Wpisz hasło, aby utworzyć klucz odzyskiwania dla tej przestrzeni roboczej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="341"/>
        <source>&amp;Make the key</source>
        <translation>&amp;Utwórz klucz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="348"/>
        <source>Remove recovery key</source>
        <translation>Usuń klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="349"/>
        <source>The printed key stops working, in every backup too: a new workspace key is made and every private detail re-encrypted. Only your passphrase will open this workspace; if it is forgotten, nobody can open it.</source>
        <translation>Wydrukowany klucz przestanie działać, także we wszystkich kopiach zapasowych: powstanie nowy klucz przestrzeni roboczej, a wszystkie prywatne dane zostaną ponownie zaszyfrowane. Tę przestrzeń roboczą otworzy wtedy tylko twoje hasło; jeśli je zapomnisz, nikt jej nie otworzy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="354"/>
        <source>&amp;Remove key</source>
        <translation>&amp;Usuń klucz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="391"/>
        <source>New recovery key made.</source>
        <translation>Utworzono nowy klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="397"/>
        <source>Making a new recovery key</source>
        <translation>Tworzenie nowego klucza odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="399"/>
        <source>New recovery key made; the old one opens nothing.</source>
        <translation>Utworzono nowy klucz odzyskiwania; stary niczego już nie otwiera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="405"/>
        <source>Removing the recovery key</source>
        <translation>Usuwanie klucza odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="407"/>
        <source>Recovery key removed; it opens nothing any more.</source>
        <translation>Klucz odzyskiwania usunięty; niczego już nie otwiera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="435"/>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation>Nie udało się ({kind}); nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>ShareGroupDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="55"/>
        <source>Share a group</source>
        <translation>Udostępnij grupę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="64"/>
        <source>Group to share</source>
        <translation>Grupa do udostępnienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="69"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="73"/>
        <source>Your co-facilitator's card</source>
        <translation>Wizytówka osoby współprowadzącej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="74"/>
        <source>fd-card-1:…  (paste it whole)</source>
        <translation>fd-card-1:…  (wklej w całości)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="77"/>
        <source>Your co-facilitator's &amp;card:</source>
        <translation>&amp;Wizytówka osoby współprowadzącej:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="80"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Dalej: porównaj numer bezpieczeństwa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="84"/>
        <source>There is no group to share yet.</source>
        <translation>Nie ma jeszcze żadnej grupy do udostępnienia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="88"/>
        <source>Share a group with a co-facilitator</source>
        <translation>Udostępnij grupę osobie współprowadzącej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="91"/>
        <source>They will see the group's members, attendance, sessions, rules, signed session notes and check-in scores, and every note you mark for co-facilitators. Your other notes stay on this laptop.</source>
        <translation>Osoba współprowadząca zobaczy uczestników grupy, obecność, spotkania, zasady, podpisaną dokumentację spotkań i oceny samopoczucia, a także każdą notatkę oznaczoną dla osób współprowadzących. Pozostałe notatki zostają na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="112"/>
        <source>Your co-facilitator sees the same twelve digits when they paste your card or your invitation under Accept an invitation. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Osoba współprowadząca zobaczy te same dwanaście cyfr, gdy wklei twoją wizytówkę lub zaproszenie po kliknięciu „Przyjmij zaproszenie”. Przeczytajcie je sobie nawzajem na głos albo porównajcie oba ekrany obok siebie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="119"/>
        <source>&amp;Back</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="121"/>
        <source>&amp;Share the group</source>
        <translation>&amp;Udostępnij grupę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="139"/>
        <source>The invitation</source>
        <translation>Zaproszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="141"/>
        <source>&amp;Copy invitation</source>
        <translation>&amp;Kopiuj zaproszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="143"/>
        <source>Sa&amp;ve to a file…</source>
        <translation>&amp;Zapisz do pliku…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="145"/>
        <source>&amp;Done</source>
        <translation>&amp;Załatwione</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="155"/>
        <source>Send the invitation</source>
        <translation>Wyślij zaproszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="214"/>
        <source>“{group}” is shared. Send this invitation to your co-facilitator (it holds no key: the group's key travels sealed for their laptop only).</source>
        <translation>Grupa „{group}” jest udostępniona. Wyślij to zaproszenie osobie współprowadzącej (nie zawiera klucza: klucz grupy trafi zaszyfrowany tylko dla jej laptopa).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="228"/>
        <source>Copied.</source>
        <translation>Skopiowano.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Save the invitation</source>
        <translation>Zapisz zaproszenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="244"/>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="248"/>
        <source>Saved as {name}.</source>
        <translation>Zapisano jako {name}.</translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="54"/>
        <source>Airtime share per session</source>
        <translation>Udział w czasie mówienia na każdym spotkaniu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="106"/>
        <source>{date}: {share} of the airtime ({length}), {turns}, {passes} · {status}</source>
        <translation>{date}: {share} czasu mówienia ({length}), {turns}, {passes} · {status}</translation>
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
        <translation>Udostępnione grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>Group and co-facilitators</source>
        <translation>Grupa i osoby współprowadzące</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="65"/>
        <source>Shared groups and their co-facilitators</source>
        <translation>Udostępnione grupy i osoby, które je współprowadzą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="70"/>
        <source>No group is shared. Nothing leaves this laptop.</source>
        <translation>Żadna grupa nie jest udostępniona. Nic nie opuszcza tego laptopa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="72"/>
        <source>&amp;Remove co-facilitator…</source>
        <translation>&amp;Usuń osobę współprowadzącą…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="74"/>
        <source>S&amp;top sharing this group…</source>
        <translation>&amp;Zakończ udostępnianie tej grupy…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="107"/>
        <source>safety number {number}</source>
        <translation>numer bezpieczeństwa {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="110"/>
        <source>Safety number: {number}</source>
        <translation>Numer bezpieczeństwa: {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="179"/>
        <source>Remove co-facilitator</source>
        <translation>Usuń osobę współprowadzącą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="180"/>
        <source>Remove {laptop} from this group?</source>
        <translation>Usunąć {laptop} z tej grupy?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="181"/>
        <source>A new group key seals everything written from now on, on every laptop that stays; that laptop cannot read any of it, and its later changes are refused. What it already has stays with it: nothing can be taken back from a laptop.</source>
        <translation>Nowy klucz grupy zaszyfruje wszystko, co od teraz zostanie zapisane na każdym laptopie, który zostaje; tamten laptop nie odczyta niczego z tego, a jego późniejsze zmiany będą odrzucane. To, co już ma, zostaje na nim: z laptopa nie da się niczego odebrać.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="195"/>
        <source>Removed. The new group key goes to the others at the next sync.</source>
        <translation>Usunięto. Nowy klucz grupy trafi do pozostałych przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="207"/>
        <source>Stop sharing</source>
        <translation>Zakończ udostępnianie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="208"/>
        <source>Stop sharing this group from this laptop?</source>
        <translation>Zakończyć udostępnianie tej grupy z tego laptopa?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="209"/>
        <source>Nothing more is sent or received for it. What this laptop holds stays here as a group of its own; the co-facilitators keep what they have.</source>
        <translation>Nic więcej nie będzie dla niej wysyłane ani odbierane. To, co jest na tym laptopie, zostaje tutaj jako osobna grupa; osoby współprowadzące zachowują to, co mają.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="213"/>
        <source>S&amp;top sharing</source>
        <translation>&amp;Zakończ udostępnianie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="221"/>
        <source>This group is no longer shared from this laptop.</source>
        <translation>Ta grupa nie jest już udostępniana z tego laptopa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="232"/>
        <source>A group shared with you (arrives at the next sync)</source>
        <translation>Grupa udostępniona tobie (pojawi się przy następnej synchronizacji)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="233"/>
        <source>A group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="239"/>
        <source>this laptop was removed from the group</source>
        <translation>ten laptop został usunięty z grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="241"/>
        <source>no longer shared from here</source>
        <translation>nie jest już udostępniana stąd</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="243"/>
        <source>waiting for the first sync</source>
        <translation>czeka na pierwszą synchronizację</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="244"/>
        <source>%n co-facilitators</source>
        <translation>
            <numerusform>%n osoba współprowadząca</numerusform>
            <numerusform>%n osoby współprowadzące</numerusform>
            <numerusform>%n osób współprowadzących</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="246"/>
        <source>{whom} · not synced yet</source>
        <translation>{whom} · bez synchronizacji</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="248"/>
        <source>{whom} · synced {date} {time}</source>
        <translation>{whom} · synchr. {date} {time}</translation>
    </message>
</context>
<context>
    <name>SharingCard</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="54"/>
        <source>Your card</source>
        <translation>Twoja wizytówka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="44"/>
        <source>Send this card to a co-facilitator, or let them copy it: it holds only this laptop's public keys. Before any group is shared, you both compare a safety number.</source>
        <translation>Wyślij tę wizytówkę osobie współprowadzącej albo pozwól jej ją skopiować: zawiera tylko klucze publiczne tego laptopa. Zanim jakakolwiek grupa zostanie udostępniona, obie strony porównają numer bezpieczeństwa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="58"/>
        <source>&amp;Copy card</source>
        <translation>K&amp;opiuj wizytówkę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="83"/>
        <source>This laptop: {fingerprint}</source>
        <translation>Ten laptop: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="95"/>
        <source>Copied.</source>
        <translation>Skopiowano.</translation>
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
        <translation>Konflikty</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="53"/>
        <source>When the same detail was changed on two laptops, the later change is kept everywhere and the other value is listed here. If the other value was the right one, copy it and edit the record on its page; then keep.</source>
        <translation>Gdy ta sama informacja została zmieniona na dwóch laptopach, wszędzie zostaje późniejsza zmiana, a druga wartość jest pokazana tutaj. Jeśli to druga wartość była właściwa, skopiuj ją i popraw zapis na jego stronie; potem zostaw.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>The other value</source>
        <translation>Druga wartość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>What</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Brak konfliktów.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="67"/>
        <source>&amp;Copy the other value</source>
        <translation>Kopiuj &amp;drugą wartość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="69"/>
        <source>&amp;Keep the current value</source>
        <translation>Zostaw &amp;bieżącą wartość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="97"/>
        <source>(damaged: cannot be shown)</source>
        <translation>(uszkodzone: nie da się wyświetlić)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="134"/>
        <source>Copied. Paste it into the record, then keep.</source>
        <translation>Skopiowano. Wklej to do zapisu, a potem zostaw.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="147"/>
        <source>Resolved: the current value stays.</source>
        <translation>Rozwiązano: zostaje bieżąca wartość.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="49"/>
        <source>Sharing</source>
        <translation>Udostępnianie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="62"/>
        <source>&amp;Share a group…</source>
        <translation>Udostęp&amp;nij grupę…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="64"/>
        <source>&amp;Accept an invitation…</source>
        <translation>&amp;Przyjmij zaproszenie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="81"/>
        <source>&amp;Co-facilitators</source>
        <translation>Osoby &amp;współprowadzące</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="82"/>
        <source>Se&amp;rver</source>
        <translation>&amp;Serwer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="83"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts</source>
        <translation>&amp;Konflikty</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems</source>
        <translation>P&amp;roblemy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="90"/>
        <source>S&amp;ync now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts ({count})</source>
        <translation>&amp;Konflikty ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems ({count})</source>
        <translation>P&amp;roblemy ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation type="vanished">
            <numerusform>P&amp;roblemy (%n)</numerusform>
            <numerusform>P&amp;roblemy (%n)</numerusform>
            <numerusform>P&amp;roblemy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Con&amp;flicts (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Konflikty (%n)</numerusform>
            <numerusform>&amp;Konflikty (%n)</numerusform>
            <numerusform>&amp;Konflikty (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="29"/>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="32"/>
        <source>Every change is checked before it is used: signed by its laptop, sealed with the group's key, in order. What failed a check is listed here and was not used; the server cannot add or alter anything.</source>
        <translation>Każda zmiana jest sprawdzana przed użyciem: czy podpisał ją jej laptop, czy jest zaszyfrowana kluczem grupy, czy przyszła po kolei. To, co nie przeszło kontroli, jest wymienione tutaj i nie zostało użyte; serwer nie może niczego dodać ani zmienić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="42"/>
        <source>Refused changes</source>
        <translation>Odrzucone zmiany</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="45"/>
        <source>No problems.</source>
        <translation>Brak problemów.</translation>
    </message>
</context>
<context>
    <name>SharingServer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="43"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="46"/>
        <source>Shared groups travel through your agency's PostgreSQL server as sealed changes it cannot read. The connection must be encrypted (TLS with a verified certificate) for every server but this computer. The password is kept sealed in this workspace.</source>
        <translation>Udostępnione grupy przechodzą przez serwer PostgreSQL twojej organizacji jako zaszyfrowane zmiany, których serwer nie może odczytać. Połączenie musi być szyfrowane (TLS ze zweryfikowanym certyfikatem) dla każdego serwera poza tym komputerem. Hasło jest przechowywane w tej przestrzeni roboczej w postaci zaszyfrowanej.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="56"/>
        <source>db.agency.example</source>
        <translation>db.organizacja.example</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="68"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="69"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="70"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="71"/>
        <source>&amp;Role:</source>
        <translation>Ro&amp;la:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>H&amp;asło:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="87"/>
        <source>&amp;Save server</source>
        <translation>&amp;Zapisz serwer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="89"/>
        <source>&amp;Test connection</source>
        <translation>Sprawdź połą&amp;czenie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="127"/>
        <source>kept, sealed — type to change</source>
        <translation>zapisane, zaszyfrowane — wpisz, aby zmienić</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="139"/>
        <source>This computer: the connection may be unencrypted (it never leaves it).</source>
        <translation>Ten komputer: połączenie może być nieszyfrowane (nie opuszcza komputera).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="143"/>
        <source>Another computer: only an encrypted connection with a verified certificate.</source>
        <translation>Inny komputer: tylko połączenie szyfrowane ze zweryfikowanym certyfikatem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="182"/>
        <source>Server kept. Shared groups sync in the background.</source>
        <translation>Serwer zapisany. Udostępnione grupy synchronizują się w tle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="194"/>
        <source>Testing the connection…</source>
        <translation>Sprawdzanie połączenia…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="199"/>
        <source>Give the server's name or address.</source>
        <translation>Podaj nazwę lub adres serwera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="200"/>
        <source>Give the database's name.</source>
        <translation>Podaj nazwę bazy danych.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="201"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Podaj rolę (nazwę użytkownika), której użyć do logowania.</translation>
    </message>
</context>
<context>
    <name>SharingSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="27"/>
        <source>Sharing with co-facilitators</source>
        <translation>Udostępnianie osobom współprowadzącym</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="31"/>
        <source>S&amp;haring…</source>
        <translation>Udostęp&amp;nianie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="48"/>
        <source>No group is shared: nothing leaves this laptop. A group can be shared with a co-facilitator through your agency's server, end-to-end encrypted.</source>
        <translation>Żadna grupa nie jest udostępniona: nic nie opuszcza tego laptopa. Grupę można udostępnić osobie współprowadzącej przez serwer twojej organizacji, z szyfrowaniem od końca do końca.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="53"/>
        <source>Shared groups: {count}. No server is set yet, so their changes wait on this laptop.</source>
        <translation>Udostępnione grupy: {count}. Serwer nie jest jeszcze ustawiony, więc ich zmiany czekają na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="58"/>
        <source>Shared groups: {count}, through {host}.</source>
        <translation>Udostępnione grupy: {count}, przez {host}.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups shared through {host}.</source>
        <translation type="vanished">
            <numerusform>%n grupa udostępniona przez {host}.</numerusform>
            <numerusform>%n grupy udostępnione przez {host}.</numerusform>
            <numerusform>%n grup udostępnionych przez {host}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups shared; no server set yet, so their changes wait on this laptop.</source>
        <translation type="vanished">
            <numerusform>%n grupa udostępniona; serwer nie jest jeszcze ustawiony, więc jej zmiany czekają na tym laptopie.</numerusform>
            <numerusform>%n grupy udostępnione; serwer nie jest jeszcze ustawiony, więc ich zmiany czekają na tym laptopie.</numerusform>
            <numerusform>%n grup udostępnionych; serwer nie jest jeszcze ustawiony, więc ich zmiany czekają na tym laptopie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="18"/>
        <source>The group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="19"/>
        <source>A member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="20"/>
        <source>The ground rules</source>
        <translation>Zasady grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="21"/>
        <source>A signed ground rule</source>
        <translation>Podpisane zasady</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="22"/>
        <source>A session</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="23"/>
        <source>A session's timeline</source>
        <translation>Przebieg spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="24"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="25"/>
        <source>A turn</source>
        <translation>Wypowiedź</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="26"/>
        <source>A check-in score</source>
        <translation>Ocena samopoczucia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="27"/>
        <source>A session note</source>
        <translation>Dokumentacja spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="28"/>
        <source>A session note's addendum</source>
        <translation>Uzupełnienie dokumentacji spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="29"/>
        <source>A note for co-facilitators</source>
        <translation>Notatka dla osób współprowadzących</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="36"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="37"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="38"/>
        <source>first name</source>
        <translation>imię w grupie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="39"/>
        <source>full name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="40"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="41"/>
        <source>private remarks</source>
        <translation>prywatne uwagi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="42"/>
        <source>seat</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="43"/>
        <source>joined on</source>
        <translation>data dołączenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="44"/>
        <source>left on</source>
        <translation>data odejścia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="45"/>
        <source>status</source>
        <translation>stan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="46"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="47"/>
        <source>score</source>
        <translation>ocena</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="48"/>
        <source>follow-up</source>
        <translation>do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="49"/>
        <source>due date</source>
        <translation>termin</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="50"/>
        <source>follow-up done</source>
        <translation>załatwione</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="51"/>
        <source>rule cards</source>
        <translation>karty zasad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="52"/>
        <source>agenda</source>
        <translation>plan spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="53"/>
        <source>weekday</source>
        <translation>dzień tygodnia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="54"/>
        <source>start time</source>
        <translation>godzina rozpoczęcia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="55"/>
        <source>check-in question</source>
        <translation>pytanie na otwarcie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="56"/>
        <source>progress entries</source>
        <translation>wpisy indywidualne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="57"/>
        <source>members it is about</source>
        <translation>uczestnicy, których dotyczy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="65"/>
        <source>Changes are missing before it (the server held some back); it waits.</source>
        <translation>Brakuje wcześniejszych zmian (serwer część wstrzymał); ta czeka.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="66"/>
        <source>A change sent again: refused (the server replayed it).</source>
        <translation>Zmiana wysłana ponownie: odrzucona (serwer ją powtórzył).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="67"/>
        <source>Not signed by the laptop it claims: refused as forged.</source>
        <translation>Niepodpisana przez laptop, od którego rzekomo pochodzi: odrzucona jako podrobiona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="68"/>
        <source>Altered or not sealed with the group's key: refused.</source>
        <translation>Zmieniona albo niezaszyfrowana kluczem grupy: odrzucona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="69"/>
        <source>Damaged or unreadable: refused.</source>
        <translation>Uszkodzona lub nieczytelna: odrzucona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="70"/>
        <source>Written after that laptop was removed from the group: refused.</source>
        <translation>Zapisana po usunięciu tamtego laptopa z grupy: odrzucona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="71"/>
        <source>Sealed with a group key that is no longer in use: refused.</source>
        <translation>Zaszyfrowana kluczem grupy, który nie jest już używany: odrzucona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="72"/>
        <source>A group key from a laptop not trusted for this group: refused.</source>
        <translation>Klucz grupy od laptopa, który nie jest zaufany w tej grupie: odrzucony.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="73"/>
        <source>The server's copy of this laptop's changes differs: not trusted.</source>
        <translation>Kopia zmian tego laptopa na serwerze się różni: brak zaufania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="74"/>
        <source>From a laptop not in the group: not read.</source>
        <translation>Od laptopa spoza grupy: nieodczytana.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="75"/>
        <source>Could not be applied here: kept out, everything else applied.</source>
        <translation>Nie dało się jej tu zastosować: pominięta, wszystko inne zastosowano.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="77"/>
        <source>Refused ({reason}).</source>
        <translation>Odrzucona ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="81"/>
        <source>Laptop {fingerprint}</source>
        <translation>Laptop {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="85"/>
        <source>{laptop} (this laptop)</source>
        <translation>{laptop} (ten laptop)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="86"/>
        <source>{laptop} (compared safety number)</source>
        <translation>{laptop} (numer bezpieczeństwa porównany)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="87"/>
        <source>{laptop} (added by a co-facilitator)</source>
        <translation>{laptop} (dodany przez osobę współprowadzącą)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="88"/>
        <source>{laptop} (removed)</source>
        <translation>{laptop} (usunięty)</translation>
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
        <translation>Pokaż ha&amp;sło</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="178"/>
        <source>Empty rows for guests and newcomers</source>
        <translation>Puste wiersze dla gości i nowych osób</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="180"/>
        <source>D&amp;ate:</source>
        <translation>Dat&amp;a:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="181"/>
        <source>Guest &amp;lines:</source>
        <translation>Wiersze dla &amp;gości:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="202"/>
        <source>This folder is open in another copy of Facilitator Desktop on this computer.</source>
        <translation>Ten folder jest otwarty w innej kopii Facilitator Desktop na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="203"/>
        <source>Close that copy first (it may be on another desktop), then start again.</source>
        <translation>Najpierw zamknij tamtą kopię (może być na innym pulpicie), a potem uruchom aplikację ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="209"/>
        <source>The data folder is read-only, so Facilitator Desktop cannot work in it.</source>
        <translation>Folder danych jest tylko do odczytu, więc Facilitator Desktop nie może w nim pracować.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="210"/>
        <source>Folder: {folder}

Change the folder's permissions, or start the app with --data-dir and a folder you can write to. Nothing has been changed.</source>
        <translation>Folder: {folder}

Zmień uprawnienia folderu albo uruchom aplikację z opcją --data-dir i folderem, w którym możesz zapisywać. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="218"/>
        <source>The disk that holds the data folder is full, so Facilitator Desktop cannot start.</source>
        <translation>Dysk z folderem danych jest pełny, więc Facilitator Desktop nie może się uruchomić.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="221"/>
        <source>Folder: {folder}

Free some space on that disk, then start the app again. Nothing has been changed.</source>
        <translation>Folder: {folder}

Zwolnij trochę miejsca na tym dysku, a potem uruchom aplikację ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="236"/>
        <source>Open this folder?</source>
        <translation>Otworzyć ten folder?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="238"/>
        <source>This folder seems open elsewhere: on the computer “{host}”.</source>
        <translation>Ten folder wygląda na otwarty gdzie indziej: na komputerze „{host}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="242"/>
        <source>This folder seems open elsewhere: in a copy of Facilitator Desktop on this computer that does not answer.</source>
        <translation>Ten folder wygląda na otwarty gdzie indziej: w kopii Facilitator Desktop na tym komputerze, która nie odpowiada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="248"/>
        <source>If the folder was copied, synced or restored from another computer, or that copy has ended, it is safe to open it here. If Facilitator Desktop is still open on this folder there, close it there first: two copies writing at once can lose changes.

Open anyway?</source>
        <translation>Jeśli folder został skopiowany, zsynchronizowany lub przywrócony z innego komputera albo tamta kopia już się zakończyła, można go bezpiecznie otworzyć tutaj. Jeśli Facilitator Desktop wciąż ma ten folder otwarty gdzie indziej, najpierw go tam zamknij: dwie kopie zapisujące jednocześnie mogą zgubić zmiany.

Otworzyć mimo to?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="255"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Otwórz mimo to</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="268"/>
        <source>Facilitator Desktop cannot start</source>
        <translation>Nie można uruchomić Facilitator Desktop</translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="32"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln sekunda</numerusform>
            <numerusform>%Ln sekundy</numerusform>
            <numerusform>%Ln sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="34"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="37"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln godzina</numerusform>
            <numerusform>%Ln godziny</numerusform>
            <numerusform>%Ln godzin</numerusform>
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
        <translation>Laptop był uśpiony</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="53"/>
        <source>&amp;Count it</source>
        <translation>&amp;Wlicz</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="54"/>
        <source>&amp;Don't count it</source>
        <translation>&amp;Nie wliczaj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="65"/>
        <source>The laptop slept for {duration}. Count it as session time?</source>
        <translation>Laptop był uśpiony (czas: {duration}). Wliczyć to do czasu spotkania?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="70"/>
        <source>Count it: the session clock moves on by {duration}, and a turn under way ends when the laptop went to sleep. Don't count it: the clock goes on from where it stopped.</source>
        <translation>Wlicz: czas uśpienia ({duration}) zostanie dodany do zegara spotkania, a trwająca wypowiedź zakończy się w chwili uśpienia. Nie wliczaj: zegar ruszy od miejsca, w którym się zatrzymał.</translation>
    </message>
</context>
<context>
    <name>SpeedDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="64"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="66"/>
        <source>Rehearse a session</source>
        <translation>Próba spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="68"/>
        <source>Practise with the agenda and rule cards of {group}, on invented members, with the same keys and screens as a real session.</source>
        <translation>Przećwicz z planem spotkania i kartami zasad grupy {group}, na zmyślonych uczestnikach, z tymi samymi klawiszami i ekranami co na prawdziwym spotkaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="73"/>
        <source>Practise on a sample group of invented members, with the same keys and screens as a real session.</source>
        <translation>Przećwicz na przykładowej grupie zmyślonych uczestników, z tymi samymi klawiszami i ekranami co na prawdziwym spotkaniu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="80"/>
        <source>&amp;Real time</source>
        <translation>&amp;Czas rzeczywisty</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="81"/>
        <source>&amp;10× faster: 90 minutes take 9</source>
        <translation>&amp;10× szybciej: 90 minut trwa 9</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="82"/>
        <source>&amp;60× faster: a minute every second</source>
        <translation>&amp;60× szybciej: minuta na sekundę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="96"/>
        <source>Nothing of a rehearsal is kept: not in History, attendance, follow-ups, notes or backups. End it as you would end a session; you see its summary once.</source>
        <translation>Z próby nic nie zostaje: ani w historii, ani w obecności, sprawach do dopilnowania, notatkach czy kopiach zapasowych. Zakończ ją jak zwykłe spotkanie; podsumowanie zobaczysz jeden raz.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="107"/>
        <source>&amp;Start rehearsal</source>
        <translation>&amp;Rozpocznij próbę</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/status_legend.py" line="29"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="53"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="205"/>
        <source>The session is saved in the group's history.</source>
        <translation>Spotkanie zostało zapisane w historii grupy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="35"/>
        <source>present</source>
        <translation>obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="36"/>
        <source>late</source>
        <translation>spóźnienie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="37"/>
        <source>left early</source>
        <translation>wcześniejsze wyjście</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="38"/>
        <source>excused</source>
        <translation>usprawiedliwiona nieobecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="39"/>
        <source>absent</source>
        <translation>nieobecność bez uprzedzenia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="51"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="54"/>
        <source>Session summary</source>
        <translation>Podsumowanie spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="65"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} z planowanych {planned} · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Actual</source>
        <translation>Faktycznie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Segment</source>
        <translation>Część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="118"/>
        <source> (came {clock})</source>
        <translation> (przyjście {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="120"/>
        <source> (left {clock})</source>
        <translation> (wyjście {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="128"/>
        <source>Nobody spoke.</source>
        <translation>Nikt nie zabrał głosu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="134"/>
        <source>{time} · {share} · {turns}t {passes}p</source>
        <extracomment>t = turns, p = passes (kept short: a bar's label).</extracomment>
        <translation>{time} · {share} · {turns}w {passes}p</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="148"/>
        <source>t = turns, p = passes; the dashed line is an equal share</source>
        <translation>w = wypowiedzi, p = pasy; linia przerywana to równy udział</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="153"/>
        <source>Planned and actual</source>
        <translation>Plan i rzeczywistość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="156"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="161"/>
        <source>Airtime (only you see this)</source>
        <translation>Czas mówienia (widzisz go tylko ty)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="166"/>
        <source>t = turns, p = passes; the dashed line marks an equal share.</source>
        <translation>w = wypowiedzi, p = pasy; linia przerywana oznacza równy udział.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="195"/>
        <source>Write the session &amp;note…</source>
        <translation>Napisz &amp;dokumentację spotkania…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="230"/>
        <source>Notes taken (only you see them)</source>
        <translation>Notatki ze spotkania (widzisz je tylko ty)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="232"/>
        <source>Unlock to see the notes taken in this session.</source>
        <translation>Odblokuj, aby zobaczyć notatki z tego spotkania.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="234"/>
        <source>No notes were taken in this session.</source>
        <translation>Na tym spotkaniu nie zapisano notatek.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="263"/>
        <source>about {names}</source>
        <translation>dotyczy: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="265"/>
        <source>to follow up</source>
        <translation>do dopilnowania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="266"/>
        <source>A note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="44"/>
        <source>%n changes from others refused: see Settings → Sharing → Problems.</source>
        <translation>
            <numerusform>%n zmiana od innych odrzucona: zobacz Ustawienia → Udostępnianie → Problemy.</numerusform>
            <numerusform>%n zmiany od innych odrzucone: zobacz Ustawienia → Udostępnianie → Problemy.</numerusform>
            <numerusform>%n zmian od innych odrzuconych: zobacz Ustawienia → Udostępnianie → Problemy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="49"/>
        <source>Sharing: locked</source>
        <translation>Udostępnianie: zablokowane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="51"/>
        <source>Sharing: starting…</source>
        <translation>Udostępnianie: uruchamianie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="56"/>
        <source>Offline, %n changes waiting</source>
        <translation>
            <numerusform>Bez połączenia; czeka %n zmiana</numerusform>
            <numerusform>Bez połączenia; czekają %n zmiany</numerusform>
            <numerusform>Bez połączenia; czeka %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="58"/>
        <source>Offline, nothing waiting</source>
        <translation>Bez połączenia; nic nie czeka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="60"/>
        <source>The server could not be reached: {why}</source>
        <translation>Nie udało się połączyć z serwerem: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="64"/>
        <source>Sync stopped by an error; it tries again shortly</source>
        <translation>Synchronizację przerwał błąd; wkrótce spróbuje ponownie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="66"/>
        <source>Nothing is lost: changes wait on this laptop until a sync succeeds.</source>
        <translation>Nic nie przepadło: zmiany czekają na tym laptopie, aż synchronizacja się uda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="70"/>
        <source>{synced}, %n changes waiting</source>
        <translation>
            <numerusform>{synced}; czeka %n zmiana</numerusform>
            <numerusform>{synced}; czekają %n zmiany</numerusform>
            <numerusform>{synced}; czeka %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="80"/>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="81"/>
        <source>Receiving changes: {done} of {total}</source>
        <translation>Odbieranie zmian: {done} z {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="89"/>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="91"/>
        <source>Synced just now</source>
        <translation>Zsynchronizowano przed chwilą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="93"/>
        <source>Synced {minutes} min ago</source>
        <translation>Zsynchronizowano {minutes} min temu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="95"/>
        <source>Synced {hours} h ago</source>
        <translation>Zsynchronizowano {hours} godz. temu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="97"/>
        <source>Synced on {date}</source>
        <translation>Zsynchronizowano {date}</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n days ago</source>
        <translation type="vanished">
            <numerusform>Zsynchronizowano %n dzień temu</numerusform>
            <numerusform>Zsynchronizowano %n dni temu</numerusform>
            <numerusform>Zsynchronizowano %n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation type="vanished">
            <numerusform>Zsynchronizowano %n godz. temu</numerusform>
            <numerusform>Zsynchronizowano %n godz. temu</numerusform>
            <numerusform>Zsynchronizowano %n godz. temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation type="vanished">
            <numerusform>Zsynchronizowano %n min temu</numerusform>
            <numerusform>Zsynchronizowano %n min temu</numerusform>
            <numerusform>Zsynchronizowano %n min temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="95"/>
        <source>Talking order</source>
        <translation>Kolejność wypowiedzi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="102"/>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="279"/>
        <source>Now speaking</source>
        <translation>Teraz mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="113"/>
        <source>Speaking time</source>
        <translation>Czas mówienia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>End this turn and call the next member (N)</source>
        <translation>Zakończ tę wypowiedź i wywołaj następną osobę (N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>Next speaker  N</source>
        <translation>Następna osoba  N</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>Pass  P</source>
        <translation>Pas  P</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>The member whose turn it is passes (P)</source>
        <translation>Osoba, na którą przypada kolej, pasuje (P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="140"/>
        <source>Come back to me  C</source>
        <translation>Wróć do mnie  C</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="141"/>
        <source>The speaker goes to the end of the round; the next member starts (C)</source>
        <translation>Osoba mówiąca przechodzi na koniec rundy; zaczyna następna (C)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End the turn without calling anyone (E)</source>
        <translation>Zakończ wypowiedź, nie wywołując nikogo (E)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End turn  E</source>
        <translation>Koniec  E</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="148"/>
        <source>Back  PgUp</source>
        <translation>Wstecz  PgUp</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="149"/>
        <source>Back to the previous speaker: the turn just started is not recorded (PgUp, a clicker's back button)</source>
        <translation>Powrót do poprzedniej osoby: właśnie rozpoczęta wypowiedź nie zostanie zapisana (PgUp, przycisk „wstecz” na pilocie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Random start</source>
        <translation>Losowy start</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Start the round with a member chosen at random</source>
        <translation>Zacznij rundę od losowo wybranej osoby</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="178"/>
        <source>Fewer turns first</source>
        <translation>Cichsi najpierw</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="180"/>
        <source>Members who have spoken least in this session go ahead in the queue.</source>
        <translation>Osoby, które na tym spotkaniu mówiły najmniej, przesuwają się do przodu kolejki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="186"/>
        <source>Waiting</source>
        <translation>Czekają</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="191"/>
        <source>Waiting to speak</source>
        <translation>Czekają na głos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Take the selected member out of the order (Delete)</source>
        <translation>Usuń zaznaczoną osobę z kolejności (Delete)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="200"/>
        <source>Move the selected member up the queue (Alt+↑)</source>
        <translation>Przesuń zaznaczoną osobę wyżej w kolejce (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="203"/>
        <source>Move the selected member down the queue (Alt+↓)</source>
        <translation>Przesuń zaznaczoną osobę niżej w kolejce (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="282"/>
        <source>Nobody is speaking</source>
        <translation>Nikt nie mówi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="285"/>
        <source>soft limit {m} min</source>
        <translation>limit {m} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="289"/>
        <source>Up next: {name}</source>
        <translation>Następnie: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Round order</source>
        <translation>Kolejność rundy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="322"/>
        <source>Back to {name}: the turn just started is not recorded (PgUp)</source>
        <translation>Powrót do: {name}; właśnie rozpoczęta wypowiedź nie zostanie zapisana (PgUp)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="326"/>
        <source>Back to the previous speaker (PgUp): nobody has spoken yet</source>
        <translation>Powrót do poprzedniej osoby (PgUp): nikt jeszcze nie mówił</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="348"/>
        <source>complete</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="350"/>
        <source>not started</source>
        <translation>nierozpoczęta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="352"/>
        <source>{done} of {total} done</source>
        <translation>{done} z {total} za nami</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="356"/>
        <source>The talking order starts with the session (Space).</source>
        <translation>Kolejność wypowiedzi rusza razem ze spotkaniem (Spacja).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="358"/>
        <source>A member's number or a click on a name: they start · N: at random</source>
        <translation>Numer uczestnika lub kliknięcie imienia: ta osoba zaczyna · N: losowo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="360"/>
        <source>A number or a click adds a member · Alt+↑↓ moves them</source>
        <translation>Numer lub kliknięcie dopisuje osobę · Alt+↑↓ ją przesuwa</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="32"/>
        <source>Session note template</source>
        <translation>Szablon dokumentacji spotkania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="33"/>
        <source>How this group's session notes are laid out</source>
        <translation>Jak jest ułożona dokumentacja spotkań tej grupy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="35"/>
        <source>Edit templates…</source>
        <translation>Edytuj szablony…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="75"/>
        <source>Session notes of this group now use “{name}”.</source>
        <translation>Dokumentacja spotkań tej grupy korzysta teraz z szablonu „{name}”.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="47"/>
        <source>Session note templates</source>
        <translation>Szablony dokumentacji spotkań</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="54"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="58"/>
        <source>&amp;New template</source>
        <translation>Nowy &amp;szablon</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Guidance</source>
        <translation>Wskazówka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Heading</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="67"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="75"/>
        <source>&amp;Add section</source>
        <translation>&amp;Dodaj sekcję</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="77"/>
        <source>Re&amp;move section</source>
        <translation>&amp;Usuń sekcję</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>&amp;Wyżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="81"/>
        <source>Move do&amp;wn</source>
        <translation>N&amp;iżej</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="86"/>
        <source>&amp;Save template</source>
        <translation>&amp;Zapisz szablon</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="88"/>
        <source>&amp;Delete template</source>
        <translation>Usuń sza&amp;blon</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="90"/>
        <source>Put back as &amp;shipped</source>
        <translation>Przywróć &amp;oryginał</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="117"/>
        <source>Notes already written keep the headings they were written under.</source>
        <translation>Dokumentacja już napisana zachowuje nagłówki, pod którymi powstała.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="143"/>
        <source>{name} (built in)</source>
        <translation>{name} (wbudowany)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="192"/>
        <source>A template has at most 12 sections.</source>
        <translation>Szablon może mieć najwyżej 12 sekcji.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="248"/>
        <source>My template</source>
        <translation>Mój szablon</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="249"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="279"/>
        <source>Delete template</source>
        <translation>Usuń szablon</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="280"/>
        <source>Delete the template “{name}”?</source>
        <translation>Usunąć szablon „{name}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="281"/>
        <source>Groups that use it go back to free text. Notes written with it keep their sections.</source>
        <translation>Grupy, które z niego korzystają, wrócą do wolnego tekstu. Dokumentacja napisana według niego zachowa swoje sekcje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="285"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="332"/>
        <source>the template</source>
        <translation>szablon</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="42"/>
        <source>Timer</source>
        <translation>Zegar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="50"/>
        <source>Time left in this segment</source>
        <translation>Pozostały czas tej części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Rozpocznij, wstrzymaj lub wznów spotkanie (Spacja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>Previous segment (←)</source>
        <translation>Poprzednia część (←)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>← Previous</source>
        <translation>← Poprzednia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <source>Next segment (→)</source>
        <translation>Następna część (→)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="159"/>
        <source>Next →</source>
        <translation>Następna →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>One more minute for this segment (+)</source>
        <translation>Jeszcze minuta dla tej części (+)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>Five more minutes for this segment</source>
        <translation>Jeszcze pięć minut dla tej części</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Open discussion</source>
        <translation>Otwarta rozmowa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="124"/>
        <source>{kind} · segment {n} of {count}</source>
        <translation>{kind} · część {n} z {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="140"/>
        <source>Planned end: {clock}</source>
        <translation>Planowany koniec: {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="147"/>
        <source>Start  (Space)</source>
        <translation>Start  (Spacja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="148"/>
        <source>Pause  (Space)</source>
        <translation>Pauza  (Spacja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="149"/>
        <source>Resume  (Space)</source>
        <translation>Wznów  (Spacja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="173"/>
        <source>Ended</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="157"/>
        <source>End session →</source>
        <translation>Zakończ spotkanie →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="165"/>
        <source>Session time: {elapsed}</source>
        <translation>Czas spotkania: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="169"/>
        <source>Not started · Space begins</source>
        <translation>Nierozpoczęte · Spacja zaczyna</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="171"/>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="176"/>
        <source>Over time</source>
        <translation>Po czasie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="178"/>
        <source>Nearly done</source>
        <translation>Prawie koniec</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="186"/>
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n min za planem</numerusform>
            <numerusform>%n min za planem</numerusform>
            <numerusform>%n min za planem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="188"/>
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n min przed planem</numerusform>
            <numerusform>%n min przed planem</numerusform>
            <numerusform>%n min przed planem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="189"/>
        <source>On plan</source>
        <translation>Zgodnie z planem</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="74"/>
        <source>Measure over time</source>
        <translation>Wyniki w czasie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="78"/>
        <source>{measure} over time</source>
        <translation>{measure} w czasie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="166"/>
        <source>Since the first: {change}</source>
        <translation>Od pierwszego: {change}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="171"/>
        <source>Total from paper</source>
        <translation>Wynik łączny z papieru</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/trend.py" line="45"/>
        <source>Airtime equity over time</source>
        <translation>Równowaga czasu mówienia w kolejnych spotkaniach</translation>
    </message>
</context>
<context>
    <name>TurnDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="195"/>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="259"/>
        <source>Correct a turn</source>
        <translation>Popraw wypowiedź</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>At</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Segment</source>
        <translation>Część</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="213"/>
        <source>pass</source>
        <translation>pas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="234"/>
        <source>It was a &amp;pass (nothing said)</source>
        <translation>To był &amp;pas (nic nie zostało powiedziane)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="240"/>
        <source>&amp;Who spoke:</source>
        <translation>&amp;Kto mówił:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="241"/>
        <source>&amp;Length:</source>
        <translation>&amp;Długość:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="247"/>
        <source>&amp;Save correction</source>
        <translation>&amp;Zapisz poprawkę</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="252"/>
        <source>Fix the selected turn:</source>
        <translation>Popraw zaznaczoną wypowiedź:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="262"/>
        <source>The change is recorded with today's date and shown on the session.</source>
        <translation>Zmiana zostanie zapisana z dzisiejszą datą i pokazana przy spotkaniu.</translation>
    </message>
</context>
<context>
    <name>TurnTimeline</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="45"/>
        <source>Turn timeline</source>
        <translation>Oś czasu wypowiedzi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="64"/>
        <source>{turns} by {members}</source>
        <translation>{turns} ({members})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="115"/>
        <source>{alias} passed · {segment} · at {at}</source>
        <translation>{alias}: pas · {segment} · o {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="117"/>
        <source>{alias} spoke {length} · {segment} · at {at}</source>
        <translation>{alias}: wypowiedź {length} · {segment} · o {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="124"/>
        <source>Click to correct this turn.</source>
        <translation>Kliknij, aby poprawić tę wypowiedź.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="84"/>
        <source>Workspace locked</source>
        <translation>Przestrzeń robocza zablokowana</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="85"/>
        <source>Enter your passphrase to carry on where you left off.</source>
        <translation>Wpisz hasło, aby kontynuować tam, gdzie przerwano.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="87"/>
        <source>Unlock your workspace</source>
        <translation>Odblokuj przestrzeń roboczą</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="88"/>
        <source>Enter your passphrase to open your groups, members and notes.</source>
        <translation>Wpisz hasło, aby otworzyć swoje grupy, uczestników i notatki.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="96"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="102"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="107"/>
        <source>Forgot it? Use &amp;recovery key</source>
        <translation>Nie pamiętasz? Użyj &amp;klucza odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="137"/>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="245"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="141"/>
        <source>&amp;Back to passphrase</source>
        <translation>&amp;Wróć do hasła</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="229"/>
        <source>Unlock with your recovery key</source>
        <translation>Odblokuj kluczem odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="231"/>
        <source>&amp;Unlock and set passphrase</source>
        <translation>Odblokuj i &amp;ustaw hasło</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="290"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>To hasło nie odblokowuje tej przestrzeni roboczej. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="351"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>Nie udało się odczytać przestrzeni roboczej: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="357"/>
        <source>The disk is full, so the workspace could not be unlocked. What you had open is kept as it was. Free some space on this disk, then unlock again.</source>
        <translation>Dysk jest pełny, więc nie udało się odblokować przestrzeni roboczej. To, co było otwarte, pozostało bez zmian. Zwolnij trochę miejsca na dysku i odblokuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="361"/>
        <source>The disk is full, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Free some space on this disk (empty the wastebasket, or move large files elsewhere), then unlock again.</source>
        <translation>Dysk jest pełny, więc nie udało się otworzyć przestrzeni roboczej. Nic nie jest jeszcze otwarte i nic nie zostało zmienione. Zwolnij trochę miejsca na dysku (opróżnij kosz albo przenieś gdzie indziej duże pliki) i odblokuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="369"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be unlocked. What you had open is kept as it was. Make the disk writable again, then unlock again.</source>
        <translation>Dysk z przestrzenią roboczą jest tylko do odczytu, więc nie udało się jej odblokować. To, co było otwarte, pozostało bez zmian. Przywróć możliwość zapisu na dysku i odblokuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="374"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Make the disk writable again (a memory stick's lock switch, a disk that needs checking), or copy the data folder to a disk you can write to, then unlock again.</source>
        <translation>Dysk z przestrzenią roboczą jest tylko do odczytu, więc nie udało się jej otworzyć. Nic nie jest jeszcze otwarte i nic nie zostało zmienione. Przywróć możliwość zapisu na dysku (przełącznik blokady na karcie pamięci, dysk wymagający sprawdzenia) albo skopiuj folder danych na dysk, na którym możesz zapisywać, i odblokuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="383"/>
        <source>A problem with the disk stopped the workspace from unlocking. What you had open is kept as it was. Check that the disk is connected and working, then unlock again.</source>
        <translation>Problem z dyskiem uniemożliwił odblokowanie przestrzeni roboczej. To, co było otwarte, pozostało bez zmian. Sprawdź, czy dysk jest podłączony i działa, i odblokuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="388"/>
        <source>A problem with the disk stopped the workspace from opening. Nothing is open yet, and nothing has been changed. Check that the disk is connected and working, then unlock again.</source>
        <translation>Problem z dyskiem uniemożliwił otwarcie przestrzeni roboczej. Nic nie jest jeszcze otwarte i nic nie zostało zmienione. Sprawdź, czy dysk jest podłączony i działa, i odblokuj ponownie.</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="58"/>
        <source>Check before printing: some text will not print as written.</source>
        <translation>Sprawdź przed drukowaniem: część tekstu nie wydrukuje się tak, jak została napisana.</translation>
    </message>
</context>
</TS>
