<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="44"/>
        <source>Accept an invitation</source>
        <translation>Accepter une invitation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="51"/>
        <source>The invitation</source>
        <translation>L’invitation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="52"/>
        <source>fd-invite-1:…  (paste it whole)</source>
        <translation>fd-invite-1:…  (collez-la en entier)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="55"/>
        <source>&amp;Invitation (or your co-facilitator's card):</source>
        <translation>&amp;Invitation (ou fiche de votre co-animateur) :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="58"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Suivant : comparer le numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="63"/>
        <source>Accept a shared group</source>
        <translation>Accepter un groupe partagé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="66"/>
        <source>Paste the invitation your co-facilitator sent. Their group then comes to this laptop at the next sync, sealed for it alone.</source>
        <translation>Collez l’invitation envoyée par votre co-animateur. Son groupe arrivera sur cet ordinateur à la prochaine synchronisation, scellé pour lui seul.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="82"/>
        <source>Your co-facilitator saw twelve digits when they shared the group. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Votre co-animateur a vu douze chiffres en partageant le groupe. Lisez-les à voix haute l’un à l’autre, ou comparez les deux écrans côte à côte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="89"/>
        <source>This is a card, not an invitation: compare the number now, then paste the invitation when it comes.</source>
        <translation>Ceci est une fiche, pas une invitation : comparez le numéro maintenant, puis collez l’invitation quand elle arrivera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="98"/>
        <source>&amp;Accept the invitation</source>
        <translation>&amp;Accepter l’invitation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="114"/>
        <source>Accepted. The group appears in your group list at the next sync, with its history; until then it is listed on the Sharing page as waiting.</source>
        <translation>Invitation acceptée. Le groupe apparaîtra dans votre liste de groupes à la prochaine synchronisation, avec son historique ; d’ici là, la fenêtre Partage l’indique en attente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="121"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminer</translation>
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
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="64"/>
        <source>{n} percent</source>
        <translation>{n} pour cent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="69"/>
        <source>{name}, {length}, {share}</source>
        <translation>{name}, {length}, {share}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="72"/>
        <source>{row}, speaking now</source>
        <translation>{row}, parle en ce moment</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="76"/>
        <source>speaking now</source>
        <translation>parle en ce moment</translation>
    </message>
</context>
<context>
    <name>AcknowledgementPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="43"/>
        <source>Ground rules</source>
        <translation>Règles du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="51"/>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="55"/>
        <source>Signed on:</source>
        <translation>Signé le :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="57"/>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="126"/>
        <source>Record signa&amp;ture</source>
        <translation>Noter la &amp;signature</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="59"/>
        <source>Print rules for this member…</source>
        <translation>Imprimer à son nom…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="61"/>
        <source>The ground-rules handout with this member's name on the signature line</source>
        <translation>Le document des règles du groupe avec le nom de ce membre sur la ligne de signature</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="124"/>
        <source>Record signa&amp;ture of v{n}</source>
        <translation>Noter la &amp;signature de la v{n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="143"/>
        <source>Recorded: signed version {n} on {date}.</source>
        <translation>Noté : version {n} signée le {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="166"/>
        <source>This group has no ground rules yet.</source>
        <translation>Ce groupe n’a pas encore de règles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="168"/>
        <source>Signed the current rules (v{n}) on {date}.</source>
        <translation>A signé les règles en vigueur (v{n}) le {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="173"/>
        <source>Signed v{old} on {date}; not yet the current rules (v{n}).</source>
        <translation>A signé la v{old} le {date} ; pas encore les règles en vigueur (v{n}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="178"/>
        <source>Not signed the current rules (v{n}).</source>
        <translation>N’a pas signé les règles en vigueur (v{n}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="184"/>
        <source>Earlier: {versions}</source>
        <translation>Avant : {versions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="186"/>
        <source>v{n} on {date}</source>
        <translation>v{n} le {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="205"/>
        <source>%Ln of {members} members have signed v{n}.</source>
        <translation>
            <numerusform>%Ln membre sur {members} a signé la v{n}.</numerusform>
            <numerusform>%Ln membres sur {members} ont signé la v{n}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddendaList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="33"/>
        <source>Addendum of {date}, {time}</source>
        <translation>Addendum du {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="39"/>
        <source>This addendum is damaged and cannot be shown.</source>
        <translation>Cet addendum est endommagé et ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="25"/>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="39"/>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="29"/>
        <source>The note is signed: it stays as it was. The addendum is added under it, dated today, and cannot be changed either.</source>
        <translation>La note est signée : elle reste telle quelle. L’addendum s’ajoute en dessous, daté d’aujourd’hui, et ne pourra pas non plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="45"/>
        <source>&amp;Add addendum</source>
        <translation>&amp;Ajouter l’addendum</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Segment</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="64"/>
        <source>Add segmen&amp;t</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="65"/>
        <source>Add a segment at the end of the agenda</source>
        <translation>Ajouter une étape à la fin du déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="68"/>
        <source>No segments yet: add check-in, discussion and check-out.</source>
        <translation>Pas encore d’étapes : ajoutez un tour d’accueil, un échange et un tour de clôture.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="183"/>
        <source>e.g. Check-in</source>
        <translation>ex. : Tour d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="184"/>
        <source>Segment {n} name</source>
        <translation>Nom de l’étape {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="190"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="191"/>
        <source>Segment {n} minutes</source>
        <translation>Minutes de l’étape {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="193"/>
        <source>Round</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="194"/>
        <source>Open</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="196"/>
        <source>Everyone speaks in seat order; anyone may pass.</source>
        <translation>Chacun parle dans l’ordre des places ; chacun peut passer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="197"/>
        <source>Open discussion: raise a hand to join the queue.</source>
        <translation>Échange libre : on lève la main pour rejoindre la file de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="199"/>
        <source>Segment {n} kind</source>
        <translation>Type de l’étape {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="200"/>
        <source>Move segment {n} up</source>
        <translation>Monter l’étape {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="201"/>
        <source>Move segment {n} down</source>
        <translation>Descendre l’étape {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="202"/>
        <source>Remove segment {n}</source>
        <translation>Supprimer l’étape {n}</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="33"/>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="35"/>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add a segment</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Change the selected segment's minutes</source>
        <translation>Modifier la durée de l’étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Minutes…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="45"/>
        <source>Remove the selected segment</source>
        <translation>Supprimer l’étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="46"/>
        <source>Move the selected segment earlier</source>
        <translation>Avancer l’étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="47"/>
        <source>Move the selected segment later</source>
        <translation>Reculer l’étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>open</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>round</source>
        <translation>tour de table</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="146"/>
        <source>{mark}  {name} · {minutes} min · {kind}</source>
        <translation>{mark}  {name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="150"/>
        <source> · took {took}</source>
        <translation> · a duré {took}</translation>
    </message>
</context>
<context>
    <name>AirtimeBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/airtime_bars.py" line="76"/>
        <source>Airtime</source>
        <translation>Temps de parole</translation>
    </message>
</context>
<context>
    <name>AnnouncementSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="20"/>
        <source>Screen reader</source>
        <translation>Lecteur d’écran</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="24"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="25"/>
        <source>key moments</source>
        <translation>les moments clés</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="26"/>
        <source>key moments and each minute left</source>
        <translation>les moments clés et chaque minute restante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="30"/>
        <source>What a session announces to a screen reader</source>
        <translation>Ce qu’une séance annonce au lecteur d’écran</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="33"/>
        <source>During a session, &amp;announce</source>
        <translation>Pendant une séance, &amp;annoncer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="40"/>
        <source>Key moments: a new speaker, a new segment, nearly done and over time. Your screen reader says them after what it is reading; only “over time” interrupts it. Without a screen reader nothing is said.</source>
        <translation>Moments clés : une nouvelle personne qui parle, une nouvelle étape, bientôt fini et temps dépassé. Votre lecteur d’écran les annonce après ce qu’il est en train de lire ; seul « temps dépassé » l’interrompt. Sans lecteur d’écran, rien n’est dit.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="118"/>
        <source>Correct attendance</source>
        <translation>Corriger les présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="126"/>
        <source>— not recorded —</source>
        <translation>— non noté —</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="138"/>
        <source>&amp;Save corrections</source>
        <translation>&amp;Enregistrer les corrections</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="142"/>
        <source>Attendance on {date}</source>
        <translation>Présences du {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="145"/>
        <source>Each change is recorded with today's date and shown on the session.</source>
        <translation>Chaque modification est enregistrée avec la date du jour et affichée sur la séance.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="53"/>
        <source>Attendance grid</source>
        <translation>Grille des présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="59"/>
        <source>{members} over {sessions}</source>
        <translation>{members} sur {sessions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="146"/>
        <source>Open {alias}'s page</source>
        <translation>Ouvrir la page de {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="157"/>
        <source>Open the session of {date}</source>
        <translation>Ouvrir la séance du {date}</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="32"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="59"/>
        <source>Corrected afterwards.</source>
        <translation>Corrigé après coup.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="60"/>
        <source>Click to open their page.</source>
        <translation>Cliquez pour ouvrir sa page.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="90"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="91"/>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="92"/>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="93"/>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="94"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="95"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="98"/>
        <source>The member's number for the whole session: press it to queue them once they are here (0 then two digits from 10 up)</source>
        <translation>Le numéro du membre pour toute la séance : tapez-le pour l’ajouter à la file de parole une fois présent (0 puis deux chiffres à partir de 10)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="102"/>
        <source>Click a name to add the member to the queue</source>
        <translation>Cliquez sur un nom pour ajouter le membre à la file de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="103"/>
        <source>Present: click, or Enter on the row</source>
        <translation>Présent : cliquez, ou Entrée sur la ligne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="104"/>
        <source>Late: the first arrival time is kept</source>
        <translation>En retard : la première heure d’arrivée est conservée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="105"/>
        <source>Left early: the time is kept</source>
        <translation>Parti tôt : l’heure est conservée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="106"/>
        <source>Excused: told ahead they could not come</source>
        <translation>Excusé : a prévenu de son absence</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="107"/>
        <source>Absent without notice</source>
        <translation>Absent sans prévenir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="112"/>
        <source>Speaking now</source>
        <translation>Parle en ce moment</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="113"/>
        <source>Up next</source>
        <translation>Parle ensuite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="114"/>
        <source>Waiting to speak</source>
        <translation>Attend son tour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="118"/>
        <source>speaking now</source>
        <translation>parle en ce moment</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="119"/>
        <source>up next</source>
        <translation>parle ensuite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="120"/>
        <source>waiting to speak</source>
        <translation>attend son tour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="123"/>
        <source>here</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="124"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="125"/>
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="126"/>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="127"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="128"/>
        <source>not marked yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="188"/>
        <source>Number {n} for the whole session</source>
        <translation>Numéro {n} pour toute la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="190"/>
        <source>Number {n}</source>
        <translation>Numéro {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="204"/>
        <source>Attendance of {name}: one choice of {count}</source>
        <translation>Présence de {name} : un choix parmi {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="228"/>
        <source>Not marked yet</source>
        <translation>Pas encore noté</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="127"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="142"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="129"/>
        <source>&amp;All present</source>
        <translation>M&amp;arquer tous présents</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="130"/>
        <source>Mark everyone not marked yet as present (Alt+A)</source>
        <translation>Marquer présents tous ceux qui ne sont pas encore notés (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="194"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="201"/>
        <source>&amp;Here</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="195"/>
        <source>&amp;Late (arrives now)</source>
        <translation>En &amp;retard (arrive maintenant)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="196"/>
        <source>Left &amp;early (leaves now)</source>
        <translation>Parti &amp;tôt (part maintenant)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="197"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="204"/>
        <source>E&amp;xcused</source>
        <translation>&amp;Excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="205"/>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="202"/>
        <source>&amp;Late · came {time}</source>
        <translation>En &amp;retard · arrivé à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="203"/>
        <source>Left &amp;early · left {time}</source>
        <translation>Parti &amp;tôt · parti à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="210"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="211"/>
        <source>One guest fewer</source>
        <translation>Un invité de moins</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="214"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="215"/>
        <source>One more guest</source>
        <translation>Un invité de plus</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="225"/>
        <source>Guests (not members):</source>
        <translation>Invités (non membres) :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="250"/>
        <source>%n here</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="252"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="254"/>
        <source>%n not marked</source>
        <translation>
            <numerusform>%n non noté</numerusform>
            <numerusform>%n non notés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="310"/>
        <source>Letters do not mark attendance: Enter on a member (or M then their number) opens the choice, or click the status.</source>
        <translation>Les lettres ne notent pas les présences : Entrée sur un membre (ou M puis son numéro) ouvre le choix, ou cliquez sur le statut.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="61"/>
        <source>Only the &amp;current group</source>
        <translation>Seulement le groupe &amp;actuel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Last sessions</source>
        <translation>Dernières séances</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>What</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="70"/>
        <source>Their last attendance marks, oldest on the left</source>
        <translation>Ses dernières présences, la plus ancienne à gauche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="72"/>
        <source>What needs attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="90"/>
        <source>Double-click a line, or select it and press Enter, to open it.</source>
        <translation>Double-cliquez sur une ligne, ou sélectionnez-la et appuyez sur Entrée, pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="96"/>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="101"/>
        <source>Their airtime share in recent sessions; letters: attendance.</source>
        <translation>Sa part du temps de parole lors des dernières séances ; lettres : présences.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="108"/>
        <source>The selected note</source>
        <translation>La note sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="109"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="111"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="112"/>
        <source>The note's follow-up is done; it leaves this list</source>
        <translation>Le suivi de cette note est fait ; elle quitte cette liste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="152"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="214"/>
        <source>Nothing needs following up right now.</source>
        <translation>Rien à suivre pour le moment.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="162"/>
        <source>Missed sessions without notice</source>
        <translation>Absences sans prévenir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="163"/>
        <source>Quiet lately</source>
        <translation>Peu de parole ces derniers temps</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="166"/>
        <source>Notes to follow up</source>
        <translation>Notes à suivre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="178"/>
        <source>{section} ({n})</source>
        <translation>{section} ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="188"/>
        <source>{date} · overdue</source>
        <translation>{date} · échéance dépassée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="205"/>
        <source>Across your groups: %Ln things to follow up.</source>
        <translation>
            <numerusform>Dans l’ensemble de vos groupes : %Ln point à suivre.</numerusform>
            <numerusform>Dans l’ensemble de vos groupes : %Ln points à suivre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="206"/>
        <source>Who to call, who to draw in, what you promised.</source>
        <translation>Qui appeler, qui inviter à prendre la parole, ce que vous avez promis.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="211"/>
        <source>Open the note</source>
        <translation>Ouvrir la note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="213"/>
        <source>Open the member's page (the note is listed there)</source>
        <translation>Ouvrir la page du membre (la note y figure)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="214"/>
        <source>The note is shown on the right</source>
        <translation>La note s’affiche à droite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="217"/>
        <source>Open the member's page</source>
        <translation>Ouvrir la page du membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open member</source>
        <translation>&amp;Ouvrir le membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open note</source>
        <translation>&amp;Ouvrir la note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="239"/>
        <source>Follow up by {date}.</source>
        <translation>À suivre d’ici le {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="243"/>
        <source>&amp;Open their page</source>
        <translation>&amp;Ouvrir sa page</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="284"/>
        <source>Follow-up marked as done.</source>
        <translation>Suivi marqué comme fait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="293"/>
        <source>{alias} missed %Ln sessions in a row without notice</source>
        <translation>
            <numerusform>{alias} a manqué %Ln séance sans prévenir</numerusform>
            <numerusform>{alias} a manqué %Ln séances d’affilée sans prévenir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="294"/>
        <source>{alias} · %Ln in a row</source>
        <translation>
            <numerusform>{alias} · %Ln absence</numerusform>
            <numerusform>{alias} · %Ln d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="297"/>
        <source>{alias} has said little for %Ln sessions in a row</source>
        <translation>
            <numerusform>{alias} a peu parlé lors de %Ln séance</numerusform>
            <numerusform>{alias} a peu parlé lors de %Ln séances d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="298"/>
        <source>{alias} · %Ln sessions</source>
        <translation>
            <numerusform>{alias} · %Ln séance</numerusform>
            <numerusform>{alias} · %Ln séances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="303"/>
        <source>{alias}: {note}</source>
        <translation>{alias} : {note}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="49"/>
        <source>ddd d MMM yyyy, {time}</source>
        <extracomment>a date and time in Qt's format codes (ddd = short weekday, d = day, MMM = short month name, yyyy = year); reorder for your language. &quot;{time}&quot; is kept.</extracomment>
        <translation>ddd d MMM yyyy, {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="61"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="62"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="63"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="64"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="79"/>
        <source>Backup made. Damaged records found while checking it: %Ln (they are damaged in the workspace too and cannot be read). Everything else was verified and is in the backup.</source>
        <translation>
            <numerusform>Sauvegarde effectuée. Enregistrement endommagé trouvé pendant la vérification : %Ln (il est aussi endommagé dans l’espace de travail et ne peut pas être lu). Tout le reste a été vérifié et se trouve dans la sauvegarde.</numerusform>
            <numerusform>Sauvegarde effectuée. Enregistrements endommagés trouvés pendant la vérification : %Ln (ils sont aussi endommagés dans l’espace de travail et ne peuvent pas être lus). Tout le reste a été vérifié et se trouve dans la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="96"/>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="110"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="101"/>
        <source>A verified copy is made when you close the app and once a day while it is open. Backups are encrypted like the workspace and open with the same passphrase.</source>
        <translation>Une copie vérifiée est faite à la fermeture de l’application, et une fois par jour tant qu’elle est ouverte. Les sauvegardes sont chiffrées comme l’espace de travail et s’ouvrent avec la même phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="117"/>
        <source>The computer's clock was changed between backups, so their dates are out of order. The list shows them in the order they were made, newest first.</source>
        <translation>L’horloge de l’ordinateur a été modifiée entre deux sauvegardes : leurs dates ne sont donc pas dans l’ordre. La liste les montre dans l’ordre où elles ont été faites, la plus récente en haut.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="131"/>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Garder les</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="136"/>
        <source>backups</source>
        <translation>sauvegardes les plus récentes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="142"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="145"/>
        <source>&amp;Export for another laptop…</source>
        <translation>&amp;Exporter vers un autre ordinateur…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="179"/>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="195"/>
        <source>Backup made and verified.</source>
        <translation>Sauvegarde effectuée et vérifiée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="218"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="220"/>
        <source>Go back to the backup made {made}?</source>
        <extracomment>{made} is when the backup was made, as the list shows it.</extracomment>
        <translation>Revenir à la sauvegarde du {made} ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="221"/>
        <source>Everything changed since then is replaced. The current state is backed up first, so you can come back to it. You will unlock again afterwards.</source>
        <translation>Tout ce qui a changé depuis sera remplacé. L’état actuel est d’abord sauvegardé, pour que vous puissiez y revenir. Vous devrez ensuite déverrouiller à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="225"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="234"/>
        <source>Export the workspace</source>
        <translation>Exporter l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="236"/>
        <source>Facilitator workspace (*.fdw)</source>
        <translation>Espace de travail Facilitator (*.fdw)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="248"/>
        <source>Exported. On the new laptop choose Import… and use the same passphrase.</source>
        <translation>Exporté. Sur le nouvel ordinateur, choisissez Importer… et utilisez la même phrase secrète.</translation>
    </message>
    <message>
        <source>Go back to the backup made %s?</source>
        <translation type="vanished">Revenir à la sauvegarde du %s ?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="50"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="53"/>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="54"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète ac&amp;tuelle :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="68"/>
        <source>Why are you changing it?</source>
        <translation>Pourquoi la changez-vous ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="69"/>
        <source>&amp;Routine change: nobody else knows the old one</source>
        <translation>Changement &amp;habituel : personne d’autre ne connaît l’ancienne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="70"/>
        <source>&amp;Someone may know the old one, or saw it typed</source>
        <translation>&amp;Quelqu’un connaît peut-être l’ancienne, ou m’a vu la taper</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="87"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="138"/>
        <source>A new workspace key is made and every private detail is re-encrypted, backups included, so a copy of the old key is useless. A recovery key stops working; a new one is shown to print.</source>
        <translation>Une nouvelle clé d’espace de travail est créée et toutes les données privées sont rechiffrées, sauvegardes comprises : une copie de l’ancienne clé ne sert plus à rien. Une éventuelle clé de récupération cesse de fonctionner ; une nouvelle s’affiche pour être imprimée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="144"/>
        <source>Only the lock on the workspace key changes, in the workspace and in every backup: from now on only the new passphrase opens them.</source>
        <translation>Seul le verrou de la clé de l’espace de travail change, dans l’espace de travail et dans toutes les sauvegardes : désormais, seule la nouvelle phrase secrète les ouvre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="167"/>
        <source>That is the passphrase you have now.</source>
        <translation>C’est la phrase secrète que vous avez déjà.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="187"/>
        <source>Checking the current passphrase…</source>
        <translation>Vérification de la phrase secrète actuelle…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="211"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Ce n’est pas la phrase secrète actuelle. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="218"/>
        <source>The passphrase could not be changed: {reason}</source>
        <translation>La phrase secrète n’a pas pu être changée : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="224"/>
        <source>The passphrase could not be changed ({kind}). Nothing was changed.</source>
        <translation>La phrase secrète n’a pas pu être changée ({kind}). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="39"/>
        <source>No sessions to show.</source>
        <translation>Aucune séance à afficher.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="42"/>
        <source>One session, {date}.</source>
        <translation>Une séance : {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="44"/>
        <source>{count} from {first} to {last}.</source>
        <translation>{count} du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="53"/>
        <source>Lowest {low} ({low_date}), highest {high} ({high_date}).</source>
        <translation>Minimum {low} ({low_date}), maximum {high} ({high_date}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="59"/>
        <source>Latest first: {values}.</source>
        <translation>Les plus récentes d’abord : {values}.</translation>
    </message>
</context>
<context>
    <name>CheckinLine</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="58"/>
        <source>No check-in scores recorded for them yet.</source>
        <translation>Aucun score d’accueil noté pour ce membre pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="60"/>
        <source>Check-in score, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Score d’accueil, une séance, le {date} : {score} (échelle de {low} à {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="68"/>
        <source>Check-in scores, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Scores d’accueil, {n} séances du {first} au {last} : dernier {latest}, minimum {lowest}, maximum {highest} (échelle de {low} à {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="88"/>
        <source>No check-in scores recorded in this group yet.</source>
        <translation>Aucun score d’accueil noté dans ce groupe pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="90"/>
        <source>Group check-in average, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Moyenne d’accueil du groupe, une séance, le {date} : {score} (échelle de {low} à {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="100"/>
        <source>Group check-in average, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Moyenne d’accueil du groupe, {n} séances du {first} au {last} : dernière {latest}, minimum {lowest}, maximum {highest} (échelle de {low} à {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="123"/>
        <source>One score could not be read (damaged) and is left out.</source>
        <translation>Un score n’a pas pu être lu (endommagé) et est laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="127"/>
        <source>{n} scores could not be read (damaged) and are left out.</source>
        <translation>{n} scores n’ont pas pu être lus (endommagés) et sont laissés de côté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <source>Check-in average per session</source>
        <translation>Moyenne d’accueil par séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Check-in scores</source>
        <translation>Scores d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Group check-in average</source>
        <translation>Moyenne d’accueil du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="156"/>
        <source>Check-in summary</source>
        <translation>Résumé du tour d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="158"/>
        <source>Dots: the average of the scores said in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Points : la moyenne des scores donnés à chaque séance ; pointillés : la moyenne des 4 dernières. Cliquez sur un point pour ouvrir la séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="163"/>
        <source>Dots: their score in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Points : son score à chaque séance ; pointillés : la moyenne des 4 dernières. Cliquez sur un point pour ouvrir la séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>check-in</source>
        <translation>accueil</translation>
    </message>
</context>
<context>
    <name>CheckinScaleEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="53"/>
        <source>Lowest check-in score</source>
        <translation>Score d’accueil le plus bas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="54"/>
        <source>Highest check-in score</source>
        <translation>Score d’accueil le plus haut</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="57"/>
        <source>How are you arriving today?</source>
        <translation>Comment arrivez-vous aujourd’hui ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="58"/>
        <source>Check-in question</source>
        <translation>Question du tour d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="62"/>
        <source>Each member rates themselves aloud in the check-in round; S then the number records it. Higher means better. Scores stay private: never on the room display.</source>
        <translation>Chaque membre s’évalue à voix haute pendant le tour d’accueil ; S puis le nombre l’enregistre. Plus c’est haut, mieux c’est. Les scores restent privés : jamais sur l’écran de salle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="71"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="72"/>
        <source>ask&amp;ed:</source>
        <translation>&amp;question :</translation>
    </message>
</context>
<context>
    <name>CompareStep</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="22"/>
        <source>Compare the safety number</source>
        <translation>Comparer le numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="26"/>
        <source>If a single digit differs, stop: someone may have changed the card on its way. Exchange cards again in person.</source>
        <translation>Si un seul chiffre diffère, arrêtez-vous : quelqu’un a pu modifier la fiche en chemin. Échangez à nouveau vos fiches en personne.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="34"/>
        <source>&amp;Type the digits you both see:</source>
        <translation>Saisissez les &amp;chiffres que vous voyez tous les deux :</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="44"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="48"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="85"/>
        <source>That is not the passphrase of this workspace.</source>
        <translation>Ce n’est pas la phrase secrète de cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="74"/>
        <source>The connection failed ({kind}).</source>
        <translation>La connexion a échoué ({kind}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="77"/>
        <source>Connected: the server answered and accepted the role.</source>
        <translation>Connecté : le serveur a répondu et accepté le rôle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="89"/>
        <source>The server refused the role or the password. Check both with your agency.</source>
        <translation>Le serveur a refusé le rôle ou le mot de passe. Vérifiez-les avec votre structure.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="91"/>
        <source>The server has no database of that name. Check the database's name.</source>
        <translation>Le serveur n’a pas de base de données de ce nom. Vérifiez le nom de la base.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="93"/>
        <source>The server has no role of that name. Check the role.</source>
        <translation>Le serveur n’a pas de rôle de ce nom. Vérifiez le rôle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="95"/>
        <source>The server offers no verified encrypted (TLS) connection, which is required for every server but this computer. Ask your agency for its certificate set-up.</source>
        <translation>Le serveur ne propose pas de connexion chiffrée (TLS) vérifiée, obligatoire pour tout serveur autre que cet ordinateur. Demandez à votre structure comment configurer son certificat.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="100"/>
        <source>Nothing answered in time at that address. Check the address, or the network.</source>
        <translation>Rien n’a répondu à temps à cette adresse. Vérifiez l’adresse, ou le réseau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="102"/>
        <source>No server of that name was found. Check the address, or the network.</source>
        <translation>Aucun serveur de ce nom n’a été trouvé. Vérifiez l’adresse, ou le réseau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="104"/>
        <source>Nothing answers at that address and port. Check both, or the network.</source>
        <translation>Rien ne répond à cette adresse et sur ce port. Vérifiez-les, ou le réseau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="105"/>
        <source>The server could not be reached: {detail}</source>
        <translation>Impossible de joindre le serveur : {detail}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="64"/>
        <source>{alias}: attendance {before} → {after}</source>
        <translation>{alias} : présence {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="66"/>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="77"/>
        <source>turn moved from {before} to {after}</source>
        <translation>prise de parole déplacée de {before} à {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="85"/>
        <source>length {before} → {after}</source>
        <translation>durée {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>marked as a pass</source>
        <translation>marquée comme passe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>not a pass</source>
        <translation>pas une passe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="93"/>
        <source>A turn: {changes}</source>
        <translation>Une prise de parole : {changes}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="24"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="28"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="32"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="90"/>
        <source>%Ln turns</source>
        <translation>
            <numerusform>%Ln prise de parole</numerusform>
            <numerusform>%Ln prises de parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="94"/>
        <source>%Ln passes</source>
        <translation>
            <numerusform>%Ln passe</numerusform>
            <numerusform>%Ln passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="98"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="102"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="106"/>
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln invité</numerusform>
            <numerusform>%Ln invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="110"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln présent</numerusform>
            <numerusform>%Ln présents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="25"/>
        <source>A short report could not be written on this computer (the disk may be full or read-only).</source>
        <translation>Un court rapport n’a pas pu être écrit sur cet ordinateur (le disque est peut-être plein ou en lecture seule).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="29"/>
        <source>A short report was written on this computer. It records only where in the program the problem happened: no names, notes or other text from your workspace. Nothing is sent anywhere.</source>
        <translation>Un court rapport a été écrit sur cet ordinateur. Il indique seulement à quel endroit du programme le problème s’est produit : aucun nom, aucune note, aucun autre texte de votre espace de travail. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="49"/>
        <source>Facilitator Desktop could not start: it met a problem it did not expect.</source>
        <translation>Facilitator Desktop n’a pas pu démarrer : il a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="51"/>
        <source>What you saved before is safe. Please try starting it again.</source>
        <translation>Ce que vous aviez enregistré est en sécurité. Veuillez relancer l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="53"/>
        <source>Facilitator Desktop met a problem it did not expect.</source>
        <translation>Facilitator Desktop a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="54"/>
        <source>What you saved is safe. If something on screen looks wrong, save what you can and restart the app.</source>
        <translation>Ce que vous avez enregistré est en sécurité. Si quelque chose semble anormal à l’écran, enregistrez ce que vous pouvez et redémarrez l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="63"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="72"/>
        <source>It has happened %Ln times since this message appeared.</source>
        <translation>
            <numerusform>C’est arrivé %Ln fois depuis l’affichage de ce message.</numerusform>
            <numerusform>C’est arrivé %Ln fois depuis l’affichage de ce message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="63"/>
        <source>Create your workspace</source>
        <translation>Créer votre espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="65"/>
        <source>Your groups, members and notes stay on this computer, in one workspace encrypted with a passphrase that only you know.</source>
        <translation>Vos groupes, vos membres et vos notes restent sur cet ordinateur, dans un espace de travail chiffré par une phrase secrète que personne d’autre que vous ne connaît.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="90"/>
        <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; If it is forgotten, the workspace cannot be opened and nobody can recover it: there is no reset and no back door.</source>
        <translation>&lt;b&gt;Notez votre phrase secrète et gardez-la en lieu sûr.&lt;/b&gt; Si vous l’oubliez, l’espace de travail ne pourra plus être ouvert et personne ne pourra le récupérer : il n’y a ni réinitialisation ni porte dérobée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="103"/>
        <source>Also create a recovery &amp;key now</source>
        <translation>Créer aussi une clé de récupération &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="105"/>
        <source>A second key, shown once for you to print, that opens the workspace if the passphrase is forgotten. You can also create it later in Settings.</source>
        <translation>Une deuxième clé, affichée une seule fois pour que vous l’imprimiez, qui ouvre l’espace de travail si la phrase secrète est oubliée. Vous pourrez aussi la créer plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="117"/>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="188"/>
        <source>&amp;Create workspace</source>
        <translation>&amp;Créer l’espace</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="121"/>
        <source>&amp;Import from another laptop…</source>
        <translation>&amp;Importer d’un autre ordinateur…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="123"/>
        <source>Open a workspace exported with Backups ▸ Export, with its passphrase</source>
        <translation>Ouvrir un espace de travail exporté avec Sauvegardes ▸ Exporter, avec sa phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="170"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="179"/>
        <source>The workspace could not be created: {reason}</source>
        <translation>L’espace de travail n’a pas pu être créé : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="205"/>
        <source>Import a workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="207"/>
        <source>Facilitator workspace (*.fdw *.db);;All files (*)</source>
        <translation>Espace de travail Facilitator (*.fdw *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DefaultAgenda</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="28"/>
        <source>Check-in</source>
        <translation>Tour d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="29"/>
        <source>Discussion</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="30"/>
        <source>Check-out</source>
        <translation>Tour de clôture</translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="36"/>
        <source>It leaves History for good, with everything recorded in it:</source>
        <translation>Elle quittera l’historique définitivement, avec tout ce qui y a été enregistré :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="37"/>
        <source>attendance of %Ln members</source>
        <translation>
            <numerusform>les présences de %Ln membre</numerusform>
            <numerusform>les présences de %Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="38"/>
        <source>%Ln turns and passes, and the session's timeline</source>
        <translation>
            <numerusform>%Ln prise de parole ou passe, et la chronologie de la séance</numerusform>
            <numerusform>%Ln prises de parole et passes, et la chronologie de la séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="39"/>
        <source>planned and actual times of %Ln segments</source>
        <translation>
            <numerusform>les temps prévus et réels de %Ln étape</numerusform>
            <numerusform>les temps prévus et réels de %Ln étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="42"/>
        <source>%Ln corrections made afterwards</source>
        <translation>
            <numerusform>%Ln correction faite après coup</numerusform>
            <numerusform>%Ln corrections faites après coup</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="43"/>
        <source>Follow-ups, insights and members' pages are counted again without it.</source>
        <translation>Les suivis, les tendances et les pages des membres seront recalculés sans elle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="46"/>
        <source>Its %Ln notes are kept, with their group and members, no longer linked to a session, unless you tick the box below.</source>
        <translation>
            <numerusform>Sa note est conservée, avec son groupe et ses membres, mais n’est plus liée à une séance, sauf si vous cochez la case ci-dessous.</numerusform>
            <numerusform>Ses %Ln notes sont conservées, avec leur groupe et leurs membres, mais ne sont plus liées à une séance, sauf si vous cochez la case ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="53"/>
        <source>No notes were written in it.</source>
        <translation>Aucune note n’y a été écrite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="54"/>
        <source>Backups made before now still hold it until newer backups replace them.</source>
        <translation>Les sauvegardes déjà faites la contiennent encore, jusqu’à ce que de plus récentes les remplacent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="59"/>
        <source>Also delete its %Ln notes</source>
        <translation>
            <numerusform>Supprimer aussi sa note</numerusform>
            <numerusform>Supprimer aussi ses %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="61"/>
        <source>(%Ln are open follow-ups)</source>
        <translation>
            <numerusform>(%Ln est un suivi en cours)</numerusform>
            <numerusform>(%Ln sont des suivis en cours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="70"/>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="72"/>
        <source>Delete the session of {date}, {time}?</source>
        <translation>Supprimer la séance du {date}, {time} ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="82"/>
        <source>&amp;Delete session</source>
        <translation>&amp;Supprimer la séance</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="92"/>
        <source>Erase member</source>
        <translation>Effacer le membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="96"/>
        <source>Erase {alias} for good?</source>
        <translation>Effacer {alias} définitivement ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="101"/>
        <source>Type the alias to confirm</source>
        <translation>Tapez le prénom pour confirmer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="106"/>
        <source>Type “{alias}” to confirm:</source>
        <translation>Tapez « {alias} » pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="113"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="136"/>
        <source>their alias, full name, contact and remarks;</source>
        <translation>son prénom, son nom complet, son contact et ses remarques ;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="137"/>
        <source>their attendance and speaking turns in every session;</source>
        <translation>ses présences et ses prises de parole dans toutes les séances ;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="140"/>
        <source>the %Ln notes that are only about them.</source>
        <translation>
            <numerusform>la note qui ne concerne que lui ou elle.</numerusform>
            <numerusform>les %Ln notes qui ne concernent que lui ou elle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="141"/>
        <source>all of this in every backup in the data folder, too.</source>
        <translation>tout cela aussi dans chaque sauvegarde du dossier de données.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="142"/>
        <source>&lt;p&gt;This removes, for good:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette action supprime définitivement :&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="145"/>
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</source>
        <translation>
            <numerusform>La note qui concerne aussi d’autres membres est conservée : {alias} n’y est plus lié. Son prénom, son nom et ses coordonnées sont remplacés par « [ancien membre] » partout où ils apparaissent dans les notes du groupe, quelle que soit l’orthographe.</numerusform>
            <numerusform>Les %Ln notes qui concernent aussi d’autres membres sont conservées : {alias} n’y est plus lié. Son prénom, son nom et ses coordonnées sont remplacés par « [ancien membre] » partout où ils apparaissent dans les notes du groupe, quelle que soit l’orthographe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="153"/>
        <source>&lt;p&gt;&lt;b&gt;What stays, out of the app's reach:&lt;/b&gt; member records, CSV files, session summaries and copies for another laptop already exported, and anything printed. Ask for those back or destroy them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce qui reste, hors de portée de l’application :&lt;/b&gt; les fiches de membres, fichiers CSV, comptes rendus de séance et copies pour un autre ordinateur déjà exportés, et tout ce qui a été imprimé. Demandez qu’on vous les rende ou détruisez-les.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="158"/>
        <source>&lt;p&gt;This cannot be undone. To give them a copy of their record first, cancel and use &lt;i&gt;Export member record…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Impossible de revenir en arrière. Pour lui remettre d’abord une copie de sa fiche, annulez et utilisez &lt;i&gt;Exporter la fiche du membre…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="206"/>
        <source>{name} has {items} items; {count} answers were given.</source>
        <translation>{name} compte {items} questions ; réponses données : {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="233"/>
        <source>no</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="246"/>
        <source>The total</source>
        <translation>Le total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="248"/>
        <source>Item {number}</source>
        <translation>La question {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="251"/>
        <location filename="../../facilitator_desktop/domain/measures.py" line="253"/>
        <source>{what} must be a number.</source>
        <translation>{what} doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a number with one decimal</source>
        <translation>un nombre à une décimale</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="260"/>
        <source>{what} must be {step}.</source>
        <translation>{what} doit être {step}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="265"/>
        <source>{what} must be from {low} to {high}.</source>
        <translation>{what} doit être entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="307"/>
        <source>The standard deviation must be above 0.</source>
        <translation>L’écart-type doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="309"/>
        <source>The reliability must be from 0 to below 1.</source>
        <translation>La fidélité doit être d’au moins 0 et inférieure à 1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="333"/>
        <source>Give the measure a name, for example ORS.</source>
        <translation>Donnez un nom au questionnaire, par exemple ORS.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="336"/>
        <location filename="../../facilitator_desktop/domain/validation.py" line="64"/>
        <source>Keep the name to {limit} characters or fewer.</source>
        <translation>Le nom ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="339"/>
        <source>Answers are whole numbers or tenths.</source>
        <translation>Les réponses sont des nombres entiers ou des dixièmes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="341"/>
        <source>A measure has 1 to {limit} items.</source>
        <translation>Un questionnaire compte de 1 à {limit} questions.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="346"/>
        <source>An item's range is whole numbers from {low} to {high}.</source>
        <translation>Les réponses à une question sont des nombres entiers de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="351"/>
        <source>The highest answer must be above the lowest.</source>
        <translation>La réponse la plus haute doit être supérieure à la plus basse.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="366"/>
        <source>The reliable change must be a number.</source>
        <translation>Le changement fiable doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="370"/>
        <source>The reliable change must be above 0 and at most {span} (the whole range of the total).</source>
        <translation>Le changement fiable doit être supérieur à 0 et au plus égal à {span} (toute l’étendue du total).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="395"/>
        <source>Use {limit} bands or fewer.</source>
        <translation>Utilisez au plus {limit} tranches.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="401"/>
        <source>Band {position} needs a name, for example “mild”.</source>
        <translation>La tranche {position} a besoin d’un nom, par exemple « léger ».</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="406"/>
        <source>Keep band {position}'s name to {limit} characters or fewer.</source>
        <translation>Le nom de la tranche {position} ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="410"/>
        <source>Each end of band {position}</source>
        <translation>Chaque borne de la tranche {position}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="418"/>
        <source>Band {position} ends before it starts.</source>
        <translation>La tranche {position} se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="426"/>
        <source>The bands “{earlier}” and “{later}” overlap.</source>
        <translation>Les tranches « {earlier} » et « {later} » se chevauchent.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="61"/>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="67"/>
        <source>Write the time as HH:MM, for example 18:30.</source>
        <translation>Écrivez l’heure au format HH:MM, par exemple 18:30.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="69"/>
        <source>A session lasts between 10 and 480 minutes.</source>
        <translation>Une séance dure entre 10 et 480 minutes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="71"/>
        <source>The speaker limit is 1 to 60 minutes.</source>
        <translation>Le temps de parole conseillé va de 1 à 60 minutes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="75"/>
        <source>Segment {position} needs a name.</source>
        <translation>L’étape {position} a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="79"/>
        <source>Segment {position} needs 1 to 480 minutes.</source>
        <translation>L’étape {position} doit durer de 1 à 480 minutes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="83"/>
        <source>Segment {position} must be a round or open.</source>
        <translation>L’étape {position} doit être un tour de table ou un échange libre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="90"/>
        <source>An alias is required: the first name the room sees.</source>
        <translation>Le prénom est obligatoire : c’est ce que la salle voit.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="93"/>
        <source>Keep the alias to {limit} characters or fewer.</source>
        <translation>Le prénom ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="100"/>
        <source>Give the card a short title.</source>
        <translation>Donnez un titre court à la carte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="104"/>
        <source>Titles are at most {limit} characters (this one has {length}).</source>
        <translation>Les titres font au plus {limit} caractères (celui-ci en a {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="109"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Écrivez la règle en une phrase simple.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="113"/>
        <source>Keep the statement under {limit} characters.</source>
        <translation>L’énoncé doit faire moins de {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="119"/>
        <source>Keep the reason under {limit} characters: it prints under the rule.</source>
        <translation>Le pourquoi doit faire moins de {limit} caractères : il s’imprime sous la règle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="70"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="84"/>
        <source>There is no workspace in this folder yet.</source>
        <translation>Il n’y a pas encore d’espace de travail dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="88"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Cette phrase secrète ne déverrouille pas cet espace de travail. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="92"/>
        <source>This workspace is damaged and cannot be opened. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Cet espace de travail est endommagé et ne peut pas être ouvert. Rien n’a été modifié sur le disque. Restaurez une sauvegarde, ou conservez le dossier et demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="99"/>
        <source>The part of this workspace that your passphrase opens is damaged. Your recovery key still opens it: choose “Use recovery key”. Nothing has been changed on disk.</source>
        <translation>La partie de cet espace de travail qu’ouvre votre phrase secrète est endommagée. Votre clé de récupération l’ouvre encore : choisissez « Utiliser la clé de récupération ». Rien n’a été modifié sur le disque.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="106"/>
        <source>This workspace was saved by a newer version of Facilitator Desktop. Please update the app to open it; nothing has been changed.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de Facilitator Desktop. Mettez l’application à jour pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="113"/>
        <source>A workspace already exists in this folder.</source>
        <translation>Un espace de travail existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="122"/>
        <source>This file cannot be imported. Nothing has been changed.</source>
        <translation>Ce fichier ne peut pas être importé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="129"/>
        <source>This file cannot be imported: {reason} Nothing has been changed.</source>
        <translation>Ce fichier ne peut pas être importé : {reason} Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="137"/>
        <source>That recovery key does not unlock this workspace. Check each group of four.</source>
        <translation>Cette clé de récupération ne déverrouille pas cet espace de travail. Vérifiez chaque groupe de quatre caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="143"/>
        <source>This workspace is already open in another copy of the app.</source>
        <translation>Cet espace de travail est déjà ouvert dans une autre instance de l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="147"/>
        <source>The workspace could not be saved because of a problem with the disk. What you see is kept in memory; please do not close the app yet.</source>
        <translation>L’espace de travail n’a pas pu être enregistré à cause d’un problème de disque. Ce que vous voyez est gardé en mémoire ; ne fermez pas encore l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="154"/>
        <source>The disk is full, so the last change could not be saved. Free some space (nothing shown has been lost) and try again.</source>
        <translation>Le disque est plein : la dernière modification n’a pas pu être enregistrée. Libérez de l’espace (rien de ce qui est affiché n’est perdu) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="161"/>
        <source>The data folder is read-only, so nothing can be saved there. Choose a folder you can write to, or change its permissions.</source>
        <translation>Le dossier de données est en lecture seule : rien ne peut y être enregistré. Choisissez un dossier où vous pouvez écrire, ou modifiez ses autorisations.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="171"/>
        <source>The disk holding the workspace has become read-only, so the last change could not be saved. What you see is kept in memory: do not close the app yet, and check the disk (a loose cable, a memory stick's lock switch).</source>
        <translation>Le disque qui contient l’espace de travail est passé en lecture seule : la dernière modification n’a pas pu être enregistrée. Ce que vous voyez est gardé en mémoire : ne fermez pas encore l’application, et vérifiez le disque (un câble mal branché, le verrou d’une clé USB).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="180"/>
        <source>The workspace key is being changed, so this could not be saved yet. What you see is kept and saved in a moment.</source>
        <translation>La clé de l’espace de travail est en cours de changement : l’enregistrement n’a pas encore pu se faire. Ce que vous voyez est conservé et sera enregistré dans un instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="187"/>
        <source>The workspace is locked. Unlock it to see private details.</source>
        <translation>L’espace de travail est verrouillé. Déverrouillez-le pour voir les données privées.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="195"/>
        <source>This record is damaged and cannot be shown.</source>
        <translation>Cet enregistrement est endommagé et ne peut pas être affiché.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="200"/>
        <source>This record is damaged and cannot be changed. Everything else is fine; a backup may hold an intact copy.</source>
        <translation>Cet enregistrement est endommagé et ne peut pas être modifié. Tout le reste va bien ; une sauvegarde en contient peut-être une copie intacte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="210"/>
        <source>Another member's record is damaged, so their names cannot be looked for and removed from this export. Nothing has been exported.</source>
        <translation>La fiche d’un autre membre est endommagée : ses noms ne peuvent pas être recherchés et retirés de cet export. Rien n’a été exporté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="217"/>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="79"/>
        <source>This workspace could not be brought up to date for this version of Facilitator Desktop. It has been left exactly as it was, and a backup was made first. Please keep the folder as it is and ask for help.</source>
        <translation>Cet espace de travail n’a pas pu être mis à jour pour cette version de Facilitator Desktop. Il a été laissé exactement tel quel, et une sauvegarde a d’abord été faite. Laissez le dossier tel quel et demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="89"/>
        <source>The disk is full, so this workspace could not be brought up to date for this version of Facilitator Desktop. Nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Le disque est plein : cet espace de travail n’a pas pu être mis à jour pour cette version de Facilitator Desktop. Rien n’a été modifié. Libérez de l’espace disque, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="99"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The backup could not be written or did not pass its check, so nothing has been changed and your earlier backups are untouched.</source>
        <translation>Cette version de Facilitator Desktop met l’espace de travail à jour, après avoir fait une sauvegarde. La sauvegarde n’a pas pu être écrite ou n’a pas passé la vérification : rien n’a donc été modifié et vos sauvegardes précédentes sont intactes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="104"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The disk is full, so the backup could not be written and nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Cette version de Facilitator Desktop met l’espace de travail à jour, après avoir fait une sauvegarde. Le disque est plein : la sauvegarde n’a pas pu être écrite et rien n’a été modifié. Libérez de l’espace disque, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/rehearsal.py" line="40"/>
        <source>A rehearsal keeps nothing: there is nothing to back up or export.</source>
        <translation>Un entraînement ne conserve rien : il n’y a rien à sauvegarder ni à exporter.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="33"/>
        <source>That member or rule set no longer exists.</source>
        <translation>Ce membre ou ces règles n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="35"/>
        <source>That rule set belongs to another group.</source>
        <translation>Ces règles appartiennent à un autre groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="56"/>
        <source>The backup could not be written or did not pass its check. Your earlier backups are untouched.</source>
        <translation>La sauvegarde n’a pas pu être écrite ou n’a pas passé la vérification. Vos sauvegardes précédentes sont intactes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="169"/>
        <source>The backup copy failed SQLite's integrity check.</source>
        <translation>La copie de sauvegarde n’a pas passé le contrôle d’intégrité de SQLite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="173"/>
        <source>The backup copy does not hold this workspace's vault.</source>
        <translation>La copie de sauvegarde ne contient pas le coffre de clés de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="177"/>
        <source>The backup copy's vault is damaged.</source>
        <translation>Le coffre de clés de la copie de sauvegarde est endommagé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="186"/>
        <source>The backup copy cannot be read back.</source>
        <translation>La copie de sauvegarde ne peut pas être relue.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="40"/>
        <source>A check-in scale goes in whole numbers.</source>
        <translation>L’échelle du tour d’accueil se compte en nombres entiers.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="44"/>
        <source>A check-in scale goes up, from {lowest} at the lowest to {highest} at the highest (for example 0 to 10, or 1 to 5).</source>
        <translation>L’échelle du tour d’accueil va en montant, de {lowest} au plus bas à {highest} au plus haut (par exemple de 0 à 10, ou de 1 à 5).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="53"/>
        <source>The check-in question is one line.</source>
        <translation>La question du tour d’accueil tient sur une ligne.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="57"/>
        <source>The check-in question is at most {limit} characters (it has {length}).</source>
        <translation>La question du tour d’accueil fait au plus {limit} caractères (elle en a {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="68"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Dans ce groupe, le score d’accueil va de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="65"/>
        <source>The workspace key is being changed, so the score could not be recorded. Enter it again in a moment.</source>
        <translation>La clé de l’espace de travail est en cours de changement : le score n’a pas pu être noté. Saisissez-le à nouveau dans un instant.</translation>
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
        <translation>Ce groupe n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="257"/>
        <source>Check-in scores already recorded in this group go from {low} to {high}: the scale must include them.</source>
        <translation>Les scores d’accueil déjà notés dans ce groupe vont de {low} à {high} : l’échelle doit les inclure.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="299"/>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="56"/>
        <location filename="../../facilitator_desktop/services/session_summary.py" line="123"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="174"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="218"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="253"/>
        <source>That session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="302"/>
        <source>That member is not part of this session's group.</source>
        <translation>Ce membre ne fait pas partie du groupe de cette séance.</translation>
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
        <translation>Ce membre n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="27"/>
        <source>Unknown attendance status.</source>
        <translation>Statut de présence inconnu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="50"/>
        <source>That turn no longer exists.</source>
        <translation>Cette prise de parole n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="57"/>
        <source>A pass has no length: mark the turn as spoken to give it one.</source>
        <translation>Une passe n’a pas de durée : marquez la prise de parole comme faite pour lui en donner une.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="65"/>
        <source>A turn cannot last less than zero seconds.</source>
        <translation>Une prise de parole ne peut pas durer moins de zéro seconde.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="125"/>
        <source>Only finished sessions can be corrected.</source>
        <translation>Seules les séances terminées peuvent être corrigées.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/erasure.py" line="168"/>
        <source>This member's record is damaged, so the names to remove from notes cannot be read. Nothing has been erased.</source>
        <translation>La fiche de ce membre est endommagée : les noms à retirer des notes ne peuvent pas être lus. Rien n’a été effacé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="170"/>
        <source>Choose a day of the week, Monday to Sunday.</source>
        <translation>Choisissez un jour de la semaine, du lundi au dimanche.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="172"/>
        <source>Choose one of the listed languages for the handouts.</source>
        <translation>Choisissez l’une des langues proposées pour les documents.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/handout_data.py" line="45"/>
        <source>This group has no ground rules yet. Add cards on the Rules page first.</source>
        <translation>Ce groupe n’a pas encore de règles. Ajoutez d’abord des cartes dans la page Règles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="61"/>
        <source>The last action could not be saved (is the disk full?). It is kept in memory and will be saved with the next one; please do not close the app yet.</source>
        <translation>La dernière action n’a pas pu être enregistrée (le disque est-il plein ?). Elle est gardée en mémoire et sera enregistrée avec la suivante ; ne fermez pas encore l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="278"/>
        <location filename="../../facilitator_desktop/services/live_session.py" line="297"/>
        <source>That member is not part of this session.</source>
        <translation>Ce membre ne fait pas partie de cette séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="382"/>
        <source>{why} The session goes on; it is kept in memory.</source>
        <translation>{why} La séance continue ; elle est gardée en mémoire.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="127"/>
        <source>That measure no longer exists.</source>
        <translation>Ce questionnaire n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="157"/>
        <source>{name} is scored as published and cannot be changed.</source>
        <translation>{name} est coté selon la version publiée et ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="167"/>
        <source>{name} already has entries, so its number of items and their range stay as they are. Define a new measure for another form.</source>
        <translation>{name} a déjà des saisies : son nombre de questions et leurs réponses possibles restent tels quels. Définissez un nouveau questionnaire pour une autre version.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="188"/>
        <source>There is already a measure called “{name}”.</source>
        <translation>Il existe déjà un questionnaire nommé « {name} ».</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="242"/>
        <source>{name} is archived. Bring it back in Measures to use it.</source>
        <translation>{name} est archivé. Désarchivez-le dans Questionnaires pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="248"/>
        <source>Give the date the form was filled in.</source>
        <translation>Indiquez la date à laquelle le questionnaire a été rempli.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="250"/>
        <source>The date cannot be after today.</source>
        <translation>La date ne peut pas être postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="252"/>
        <source>The date is too far in the past.</source>
        <translation>La date est trop ancienne.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="263"/>
        <source>That session is not one of their group's.</source>
        <translation>Cette séance n’appartient pas à son groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="309"/>
        <source>That measure entry no longer exists.</source>
        <translation>Cette saisie de questionnaire n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="217"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="222"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="251"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this export. Nothing has been exported. Restore a backup that holds an intact copy, or erase the damaged member, then export again.</source>
        <translation>Un membre de « {group} » a une fiche endommagée : ses noms ne peuvent pas être recherchés et retirés de cet export. Rien n’a été exporté. Restaurez une sauvegarde qui en contient une copie intacte, ou effacez le membre endommagé, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="152"/>
        <source>A member in that order is not in this group.</source>
        <translation>Un membre de cet ordre ne fait pas partie de ce groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="173"/>
        <source>“{alias}” is already in this group. Add an initial to tell them apart.</source>
        <translation>« {alias} » est déjà dans ce groupe. Ajoutez une initiale pour les distinguer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="120"/>
        <source>The built-in templates stay. You can change their sections, or put them back as shipped.</source>
        <translation>Les modèles intégrés restent. Vous pouvez modifier leurs rubriques, ou rétablir leur version d’origine.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="128"/>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="130"/>
        <source>Keep the name to {limit} characters.</source>
        <translation>Le nom ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="133"/>
        <source>A template needs at least one section.</source>
        <translation>Un modèle a besoin d’au moins une rubrique.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="136"/>
        <source>A template has at most {limit} sections.</source>
        <translation>Un modèle a au plus {limit} rubriques.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="141"/>
        <source>Section {number} needs a title.</source>
        <translation>La rubrique {number} a besoin d’un titre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="145"/>
        <source>Keep the title of section {number} to {limit} characters.</source>
        <translation>Le titre de la rubrique {number} ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="152"/>
        <source>Keep the guidance of section {number} to {limit} characters.</source>
        <translation>La consigne de la rubrique {number} ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="159"/>
        <source>Two sections are called “{title}”: give each its own title.</source>
        <translation>Deux rubriques s’appellent « {title} » : donnez à chacune son propre titre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="228"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="236"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="282"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="294"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="309"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="324"/>
        <source>That template no longer exists.</source>
        <translation>Ce modèle n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="297"/>
        <source>Only a built-in template can be put back as shipped.</source>
        <translation>Seul un modèle intégré peut retrouver sa version d’origine.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="336"/>
        <source>There is already a template called “{name}”.</source>
        <translation>Il existe déjà un modèle nommé « {name} ».</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="192"/>
        <location filename="../../facilitator_desktop/services/notes.py" line="203"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="310"/>
        <source>That note no longer exists.</source>
        <translation>Cette note n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="361"/>
        <source>A member linked to this note no longer exists.</source>
        <translation>Un membre lié à cette note n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rehearsal.py" line="100"/>
        <source>A rehearsal runs in real time, 10× or 60× faster.</source>
        <translation>Un entraînement se déroule en temps réel, 10 fois ou 60 fois plus vite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="115"/>
        <source>That rule set version no longer exists.</source>
        <translation>Cette version des règles n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="127"/>
        <source>Card {index}: {problem}</source>
        <extracomment>{problem} is what is wrong with the card, a whole sentence.</extracomment>
        <translation>Carte {index} : {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="35"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="156"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="161"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this copy. Nothing has been made. Restore a backup that holds an intact copy, or erase the damaged member, then try again.</source>
        <translation>Un membre de « {group} » a une fiche endommagée : ses noms ne peuvent pas être recherchés et retirés de cette copie. Rien n’a été créé. Restaurez une sauvegarde qui en contient une copie intacte, ou effacez le membre endommagé, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="98"/>
        <source>A chosen session is not one of this member's.</source>
        <translation>Une des séances choisies n’est pas une séance de ce membre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="50"/>
        <source>This session is still running. Its note can be written once it ends.</source>
        <translation>Cette séance est encore en cours. Sa note pourra être écrite une fois qu’elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="73"/>
        <source>This session note is signed and can no longer change. Add a dated addendum instead.</source>
        <translation>Cette note de séance est signée et ne peut plus être modifiée. Ajoutez plutôt un addendum daté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="163"/>
        <source>That template no longer exists. Nothing was saved.</source>
        <translation>Ce modèle n’existe plus. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="185"/>
        <source>This note is damaged and cannot be signed. A backup may hold an intact copy.</source>
        <translation>Cette note est endommagée et ne peut pas être signée. Une sauvegarde en contient peut-être une copie intacte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="199"/>
        <source>Write the addendum first.</source>
        <translation>Écrivez d’abord l’addendum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="206"/>
        <source>Addenda are for signed notes. While a note is not signed, change it directly.</source>
        <translation>Les addendums sont réservés aux notes signées. Tant qu’une note n’est pas signée, modifiez-la directement.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="374"/>
        <source>That member is not in this session's group.</source>
        <translation>Ce membre ne fait pas partie du groupe de cette séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="381"/>
        <source>A text this long cannot be kept (over {limit} characters). Nothing was saved; shorten it and it is saved again.</source>
        <translation>Un texte aussi long ne peut pas être conservé (plus de {limit} caractères). Rien n’a été enregistré ; raccourcissez-le et il sera de nouveau enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="42"/>
        <source>A session of this group is already running. Resume it or end it first.</source>
        <translation>Une séance de ce groupe est déjà en cours. Reprenez-la ou terminez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="116"/>
        <source>Give the group at least one agenda segment first.</source>
        <translation>Donnez d’abord au groupe au moins une étape dans son déroulé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="176"/>
        <source>That session has already ended.</source>
        <translation>Cette séance est déjà terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="234"/>
        <source>That session is still running: end it (or discard it) on the Session page first.</source>
        <translation>Cette séance est encore en cours : terminez-la (ou abandonnez-la) d’abord dans la page Séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="46"/>
        <source>Choose 0 (off) to 240 minutes.</source>
        <translation>Choisissez de 0 (désactivé) à 240 minutes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="49"/>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Gardez entre 1 et 100 sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="55"/>
        <source>Choose 1 to 6 absences in a row.</source>
        <translation>Choisissez de 1 à 6 absences d’affilée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="86"/>
        <source>Choose 1 to 60 days.</source>
        <translation>Choisissez de 1 à 60 jours.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="94"/>
        <source>Sharing could not do that.</source>
        <translation>Le partage n’a pas pu faire cela.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="172"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="187"/>
        <source>That is this laptop's own card.</source>
        <translation>C’est la fiche de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="211"/>
        <source>This group is not shared from this laptop any more.</source>
        <translation>Ce groupe n’est plus partagé depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="214"/>
        <source>That laptop was removed from this group; it cannot be added back.</source>
        <translation>Cet ordinateur a été retiré de ce groupe ; il ne peut pas y être rajouté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="232"/>
        <source>That invitation comes from this laptop.</source>
        <translation>Cette invitation vient de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="276"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="299"/>
        <source>That group is not shared.</source>
        <translation>Ce groupe n’est pas partagé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="279"/>
        <source>That co-facilitator is not in this group.</source>
        <translation>Ce co-animateur ne fait pas partie de ce groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="318"/>
        <source>Only a note of a shared group can be shared with co-facilitators.</source>
        <translation>Seule une note d’un groupe partagé peut être partagée avec les co-animateurs.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="344"/>
        <source>Give the server's name or address.</source>
        <translation>Indiquez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="346"/>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Le port est un nombre de 1 à 65535 (en général 5432).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="348"/>
        <source>Give the database's name (63 characters at most).</source>
        <translation>Indiquez le nom de la base de données (63 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="350"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Indiquez le rôle (nom d’utilisateur) pour se connecter.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="352"/>
        <source>These settings cannot hold a null character.</source>
        <translation>Ces paramètres ne peuvent pas contenir de caractère nul.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="428"/>
        <source>That conflict is already resolved.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="62"/>
        <source>That is not a co-facilitator's card. Paste it whole.</source>
        <translation>Ce n’est pas la fiche d’un co-animateur. Collez-la en entier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="66"/>
        <source>That card is damaged. Ask for it again.</source>
        <translation>Cette fiche est endommagée. Demandez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="74"/>
        <source>That is not an invitation to a shared group. Paste it whole.</source>
        <translation>Ce n’est pas une invitation à un groupe partagé. Collez-la en entier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="86"/>
        <source>The safety numbers differ: do not share. Someone may have changed the card on its way; ask for it again in person.</source>
        <translation>Les numéros de sécurité sont différents : ne partagez pas. Quelqu’un a peut-être modifié la fiche en chemin ; redemandez-la en personne.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_state.py" line="92"/>
        <source>That key is not held here.</source>
        <translation>Cette clé n’est pas conservée ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="110"/>
        <source>This workspace has no recovery key.</source>
        <translation>Cet espace de travail n’a pas de clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="114"/>
        <source>The recovery key's part of this workspace is damaged, so it cannot open it. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>La partie de cet espace de travail liée à la clé de récupération est endommagée : la clé ne peut donc pas l’ouvrir. Rien n’a été modifié sur le disque. Restaurez une sauvegarde, ou conservez le dossier et demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="373"/>
        <source>Band {n}: write where it starts and ends as numbers.</source>
        <translation>Tranche {n} : écrivez son début et sa fin en chiffres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="375"/>
        <source>The workspace file cannot be read ({reason}).</source>
        <translation>Le fichier de l’espace de travail ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="416"/>
        <location filename="../../facilitator_desktop/workspace.py" line="418"/>
        <source>Part of this workspace file is damaged (SQLite's check found damaged pages), so it cannot be opened safely. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Une partie de ce fichier d’espace de travail est endommagée (le contrôle de SQLite a trouvé des pages endommagées) : il ne peut pas être ouvert sans risque. Rien n’a été modifié sur le disque. Restaurez une sauvegarde, ou conservez le dossier et demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="73"/>
        <source>it could not be written into the data folder ({reason}).</source>
        <translation>il n’a pas pu être écrit dans le dossier de données ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="74"/>
        <source>it cannot be read ({reason}).</source>
        <translation>il ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="131"/>
        <source>it is not an ordinary file.</source>
        <translation>ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="134"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="148"/>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="136"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="145"/>
        <source>it is far larger than any workspace (over 2 GiB).</source>
        <translation>il est bien plus gros que n’importe quel espace de travail (plus de 2 Gio).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="170"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="189"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="191"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="310"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="318"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="320"/>
        <source>it is damaged (it failed SQLite's integrity check).</source>
        <translation>il est endommagé (il n’a pas passé le contrôle d’intégrité de SQLite).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="177"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="182"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="204"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="215"/>
        <source>it is not a workspace exported by Facilitator Desktop.</source>
        <translation>ce n’est pas un espace de travail exporté par Facilitator Desktop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="179"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="187"/>
        <source>its structure is not one Facilitator Desktop ever wrote (extra or missing tables, indexes, triggers or views), so it may have been altered.</source>
        <translation>sa structure ne correspond à rien de ce que Facilitator Desktop a jamais écrit (tables, index, déclencheurs ou vues en trop ou manquants) : il a peut-être été modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="208"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="210"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="213"/>
        <source>it is incomplete or damaged (it may have been cut short while copying).</source>
        <translation>il est incomplet ou endommagé (la copie a peut-être été interrompue).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="289"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="308"/>
        <source>the key that unlocks it (its vault) is damaged.</source>
        <translation>la clé qui le déverrouille (son coffre de clés) est endommagée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="312"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="317"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="422"/>
        <source>there is not enough free disk space beside the data folder to check and copy it.</source>
        <translation>il n’y a pas assez d’espace libre sur le disque du dossier de données pour le vérifier et le copier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="314"/>
        <source>a problem with the disk</source>
        <translation>un problème de disque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="352"/>
        <source>some of its records refer to records that are not there.</source>
        <translation>certains de ses enregistrements renvoient à des enregistrements absents.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>airtime</source>
        <translation>le temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>attendance</source>
        <translation>les présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="53"/>
        <source>Export {what}</source>
        <translation>Exporter {what}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="54"/>
        <source>The file will hold members' names in plain text.</source>
        <translation>Le fichier contiendra les noms des membres en clair.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="55"/>
        <source>Anyone who opens it can read who came to the group and when. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Toute personne qui l’ouvre pourra voir qui est venu au groupe et quand. Enregistrez-le seulement là où d’autres ne peuvent pas le voir, et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="105"/>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="64"/>
        <source>Export {what} as CSV</source>
        <translation>Exporter {what} en CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="141"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="98"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="148"/>
        <source>Session summary</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="99"/>
        <source>The summary shows members' names.</source>
        <translation>Le compte rendu affiche les noms des membres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="101"/>
        <source>Print it for yourself and keep the paper and the file somewhere private.</source>
        <translation>Imprimez-le pour vous-même et gardez le papier et le fichier dans un endroit privé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="103"/>
        <source>Include my private notes</source>
        <translation>Inclure mes notes privées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="115"/>
        <source>Save the session summary</source>
        <translation>Enregistrer le compte rendu de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="192"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="193"/>
        <source>The session summary could not be made ({error}). Nothing was saved. Try the Handouts screen, or another paper size.</source>
        <translation>Le compte rendu de séance n’a pas pu être créé ({error}). Rien n’a été enregistré. Essayez depuis l’écran Documents, ou avec un autre format de papier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>The file could not be saved: {why}</source>
        <translation>Le fichier n’a pas pu être enregistré : {why}</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="72"/>
        <source>Save the member record</source>
        <translation>Enregistrer la fiche du membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="74"/>
        <source>Member record (*.json)</source>
        <translation>Fiche de membre (*.json)</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="147"/>
        <source>Export member record</source>
        <translation>Exporter la fiche du membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="149"/>
        <source>Review what {alias} will receive</source>
        <translation>Vérifiez ce que {alias} va recevoir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="152"/>
        <source>The file holds their private details — full name, contact, remarks, attendance, speaking turns and the notes about them — unencrypted. Give it only to {alias}, keep it somewhere safe, and delete your copy once it has been handed over.</source>
        <translation>Le fichier contient ses données privées — nom complet, contact, remarques, présences, prises de parole et les notes le concernant — non chiffrées. Ne le remettez qu’à {alias}, gardez-le en lieu sûr, et supprimez votre copie une fois le fichier remis.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="163"/>
        <source>Text shown in reverse is replaced in the file: other members’ names, phone numbers and e-mail addresses by “{other}”, what you mark by “{hand}”. Select anything else that should not leave and press Redact selection.</source>
        <translation>Le texte en surbrillance inversée est remplacé dans le fichier : les noms, numéros de téléphone et adresses e-mail des autres membres par « {other} », ce que vous marquez par « {hand} ». Sélectionnez tout autre élément qui ne doit pas sortir et appuyez sur Masquer la sélection.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="179"/>
        <source>The member record as it will be exported</source>
        <translation>La fiche du membre telle qu’elle sera exportée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="184"/>
        <source>&amp;Redact selection</source>
        <translation>&amp;Masquer la sélection</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="185"/>
        <source>Replace the selected text in the file (Delete)</source>
        <translation>Remplacer le texte sélectionné dans le fichier (Suppr)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="187"/>
        <source>&amp;Undo redaction</source>
        <translation>&amp;Annuler le masquage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="188"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="282"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="288"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="290"/>
        <source>Alias</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="291"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="292"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="293"/>
        <source>Private remarks</source>
        <translation>Remarques privées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="295"/>
        <source>{field}: </source>
        <translation>{field} : </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="297"/>
        <source>Notes ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="300"/>
        <source>Written {date}</source>
        <translation>Écrite le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="304"/>
        <source>This note is damaged and cannot be read; the file says so.</source>
        <translation>Cette note est endommagée et ne peut pas être lue ; le fichier l’indique.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="308"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="310"/>
        <source>{attendance} and {turns}: dates, statuses and durations only.</source>
        <translation>{attendance} et {turns} : dates, statuts et durées uniquement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="311"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln présence notée</numerusform>
            <numerusform>%Ln présences notées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="312"/>
        <source>%Ln speaking turns</source>
        <translation>
            <numerusform>%Ln prise de parole</numerusform>
            <numerusform>%Ln prises de parole</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="320"/>
        <source>{auto} ({members} looked for), {hand}.</source>
        <translation>{auto} ({members} recherchés), {hand}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="321"/>
        <source>%Ln redactions found by the app</source>
        <translation>
            <numerusform>%Ln masquage trouvé par l’application</numerusform>
            <numerusform>%Ln masquages trouvés par l’application</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="322"/>
        <source>%Ln other members</source>
        <translation>
            <numerusform>%Ln autre membre</numerusform>
            <numerusform>%Ln autres membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="323"/>
        <source>%Ln marked by you</source>
        <translation>
            <numerusform>%Ln marqué par vous</numerusform>
            <numerusform>%Ln marqués par vous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="339"/>
        <source>Replaced by “{text}” in the file</source>
        <translation>Remplacé par « {text} » dans le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="392"/>
        <source>Select words in the record (not the headings) to redact.</source>
        <translation>Sélectionnez des mots dans la fiche (pas les titres) pour les masquer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="425"/>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="431"/>
        <source>Member record exported. It is not encrypted: keep it safe.</source>
        <translation>Fiche du membre exportée. Elle n’est pas chiffrée : gardez-la en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>FacilitatorApp</name>
    <message>
        <location filename="../../facilitator_desktop/ui/lifecycle.py" line="59"/>
        <source>Demo workspace — sample data, passphrase: {passphrase}; deleted when you quit.</source>
        <translation>Espace de démonstration — données fictives, phrase secrète : {passphrase} ; supprimé à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="22"/>
        <source>your quick note</source>
        <translation>votre note rapide</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="25"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="26"/>
        <source>Quit without saving {what}?</source>
        <translation>Quitter sans enregistrer {what} ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="29"/>
        <source>Unlock to save your changes, or quit and lose them.</source>
        <translation>Déverrouillez pour enregistrer vos modifications, ou quittez en les perdant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="32"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Quitter sans enregistrer</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="28"/>
        <source>What the session recorded</source>
        <translation>Ce que la séance a enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="46"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="47"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="48"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="49"/>
        <source>Absent without notice</source>
        <translation>Absences sans prévenir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="50"/>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="51"/>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="54"/>
        <source>Rounds</source>
        <translation>Tours de table</translation>
    </message>
</context>
<context>
    <name>GroundRulesOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="53"/>
        <source>A short line under the title</source>
        <translation>Une courte phrase sous le titre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="57"/>
        <source>Clear the welcome line</source>
        <translation>Effacer le mot d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="58"/>
        <source>&amp;Acknowledgement to sign</source>
        <translation>Engagement à &amp;signer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="60"/>
        <source>A sentence to sign under the rules, with name, signature and date lines</source>
        <translation>Une phrase à signer sous les règles, avec des lignes pour le nom, la signature et la date</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="64"/>
        <source>Name on the acknowledgement</source>
        <translation>Nom sur l’engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="68"/>
        <source>Welcome &amp;line:</source>
        <translation>&amp;Mot d’accueil :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="70"/>
        <source>&amp;For:</source>
        <translation>Exemp&amp;laire pour :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="73"/>
        <source>Print one copy per member with their name filled in, or a blank line.</source>
        <translation>Imprimez un exemplaire par membre avec son nom déjà rempli, ou avec une ligne vide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="97"/>
        <source>Blank line to fill in</source>
        <translation>Ligne vide à remplir</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/groups.py" line="49"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="18"/>
        <source>No groups yet</source>
        <translation>Pas encore de groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="19"/>
        <source>Current group</source>
        <translation>Groupe actuel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="24"/>
        <source>Gro&amp;up:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="26"/>
        <source>Show ar&amp;chived</source>
        <translation>Afficher les archi&amp;vés</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="27"/>
        <source>List archived groups too</source>
        <translation>Afficher aussi les groupes archivés</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="60"/>
        <source>Each group has its own schedule, members, ground rules and agenda.</source>
        <translation>Chaque groupe a son propre calendrier, ses membres, ses règles et son déroulé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="258"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="70"/>
        <source>New grou&amp;p</source>
        <translation>Nouveau grou&amp;pe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="71"/>
        <source>Start a new group (Ctrl+N)</source>
        <translation>Créer un nouveau groupe (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="85"/>
        <source>e.g. Tuesday Grief Circle</source>
        <translation>ex. : Cercle de deuil du mardi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="89"/>
        <source>Who the group is for (optional)</source>
        <translation>À qui s’adresse le groupe (facultatif)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="92"/>
        <source>No fixed day</source>
        <translation>Pas de jour fixe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="97"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="100"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="105"/>
        <source>at</source>
        <translation>à</translation>
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
        <translation>Un repère de couleur discret quand quelqu’un parle plus longtemps que cela.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="129"/>
        <source>The app's language</source>
        <translation>La langue de l’application</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="132"/>
        <source>Language of the group's handouts</source>
        <translation>Langue des documents du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="137"/>
        <source>Handouts, rule cards from the library and the room display.</source>
        <translation>Documents, cartes de règles de la bibliothèque et écran de salle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="158"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="160"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="161"/>
        <source>Meets &amp;on:</source>
        <translation>Se &amp;réunit le :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="163"/>
        <source>Session &amp;length:</source>
        <translation>D&amp;urée de la séance :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="165"/>
        <source>Spea&amp;ker soft limit:</source>
        <translation>Temps de parole &amp;conseillé :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="167"/>
        <source>&amp;Handouts in:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="170"/>
        <source>Session no&amp;tes:</source>
        <translation>N&amp;otes de séance :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="173"/>
        <source>Check-&amp;in score:</source>
        <translation>&amp;Score d’accueil :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="175"/>
        <source>Default &amp;agenda:</source>
        <translation>Déroulé &amp;type :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="360"/>
        <source>&amp;Save group</source>
        <translation>&amp;Enregistrer le groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="199"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="201"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="357"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Archi&amp;ve group…</source>
        <translation>Arc&amp;hiver le groupe…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="220"/>
        <source>Group details</source>
        <translation>Informations du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="319"/>
        <source>This group's record is damaged, so it cannot be changed. Its members, rules and history are kept, and the other groups are fine.</source>
        <translation>La fiche de ce groupe est endommagée et ne peut pas être modifiée. Ses membres, ses règles et son historique sont conservés, et les autres groupes ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="326"/>
        <source>The description is damaged and cannot be shown. Saving the group replaces it with what you type.</source>
        <translation>La description est endommagée et ne peut pas être affichée. Enregistrer le groupe la remplacera par ce que vous saisissez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>Create your first group</source>
        <translation>Créez votre premier groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="355"/>
        <source>&amp;Save new group</source>
        <translation>&amp;Enregistrer le nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Unarchi&amp;ve group</source>
        <translation>Désarc&amp;hiver le groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="371"/>
        <source>Agenda total: {total} of %Ln minutes</source>
        <translation>
            <numerusform>Total du déroulé : {total} sur %Ln minute</numerusform>
            <numerusform>Total du déroulé : {total} sur %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="376"/>
        <source> — longer than the session</source>
        <translation> — plus long que la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="412"/>
        <source>Archive group</source>
        <translation>Archiver le groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="413"/>
        <source>Archive “{name}”?</source>
        <translation>Archiver « {name} » ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="414"/>
        <source>The group leaves the lists, but nothing is deleted: its members, ground rules and history are kept. Tick “Show archived” to find it again and unarchive it at any time.</source>
        <translation>Le groupe disparaît des listes, mais rien n’est supprimé : ses membres, ses règles et son historique sont conservés. Cochez « Afficher les archivés » pour le retrouver et le désarchiver à tout moment.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="419"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="104"/>
        <source>the new group</source>
        <translation>le nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="105"/>
        <source>this group</source>
        <translation>ce groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="207"/>
        <source>Group unarchived.</source>
        <translation>Groupe désarchivé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="209"/>
        <source>Group archived. Its members, rules and history are kept.</source>
        <translation>Groupe archivé. Ses membres, ses règles et son historique sont conservés.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group created.</source>
        <translation>Groupe créé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group saved.</source>
        <translation>Groupe enregistré.</translation>
    </message>
    <message>
        <source>&amp;Check-in score:</source>
        <translation type="vanished">&amp;Score d’accueil :</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="40"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="52"/>
        <source>Ground rules</source>
        <translation>Règles du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="191"/>
        <source>Rule cards</source>
        <translation>Cartes de règles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="42"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="192"/>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="193"/>
        <source>Session summary</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="44"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="47"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="48"/>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="49"/>
        <source>Confidential: please return to the facilitator</source>
        <translation>Confidentiel : merci de rendre ce document à la personne qui anime le groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="50"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="61"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="51"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="52"/>
        <source>Rule set version {version} of {date}</source>
        <translation>Règles du groupe, version {version} du {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="53"/>
        <source>I have read the ground rules of {group} (version {version}) and agree to keep them.</source>
        <translation>J’ai lu les règles du groupe {group} (version {version}) et je m’engage à les respecter.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="56"/>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="57"/>
        <source>fold</source>
        <translation>plier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="58"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="59"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="60"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="61"/>
        <source>Agenda: planned and actual</source>
        <translation>Déroulé : prévu et réel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="62"/>
        <source>Segment</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="63"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="64"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="65"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="66"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="67"/>
        <source>not held</source>
        <translation>non tenue</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="43"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="69"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="70"/>
        <source>Count</source>
        <translation>Nb</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="71"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="47"/>
        <source>Airtime</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="73"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="74"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="75"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="45"/>
        <source>Turns</source>
        <translation>Prises de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="46"/>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="77"/>
        <source>Average turn</source>
        <translation>Durée moyenne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="78"/>
        <source>No turns were recorded.</source>
        <translation>Aucune prise de parole n’a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="79"/>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="80"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="81"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="82"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="83"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="84"/>
        <source>Left early</source>
        <translation>Parti tôt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="85"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="86"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="87"/>
        <source>arrived {time} in</source>
        <translation>arrivée après {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="88"/>
        <source>left {time} in</source>
        <translation>départ après {time}</translation>
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
        <translation>regles-du-groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="203"/>
        <source>rule-cards</source>
        <translation>cartes-de-regles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="204"/>
        <source>sign-in-sheet</source>
        <translation>feuille-d-emargement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="205"/>
        <source>session-summary</source>
        <translation>compte-rendu-de-seance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="29"/>
        <source>Progress entry</source>
        <translation>Note d’évolution</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="30"/>
        <source>Progress entry: {name}</source>
        <translation>Note d’évolution : {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="31"/>
        <source>{first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="32"/>
        <source>Session of {date}, {start}–{end}</source>
        <translation>Séance du {date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="33"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="34"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} (prévu : {planned})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="35"/>
        <source>Members present</source>
        <translation>Membres présents</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="36"/>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="37"/>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="38"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="39"/>
        <source>Group note</source>
        <translation>Note du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="40"/>
        <source>No session note was written.</source>
        <translation>Aucune note de séance n’a été rédigée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="41"/>
        <source>Addendum of {date}</source>
        <translation>Addendum du {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="42"/>
        <source>This member</source>
        <translation>Ce membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="44"/>
        <source>{status}, {start}–{end}</source>
        <translation>{status}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="48"/>
        <source>{time} ({share} of the time spoken)</source>
        <translation>{time} ({share} du temps de parole total)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="49"/>
        <source>Check-in</source>
        <translation>Tour d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="50"/>
        <source>{score} on a scale of {low} to {high}</source>
        <translation>{score} sur une échelle de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="51"/>
        <source>Measures that day</source>
        <translation>Questionnaires ce jour-là</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="53"/>
        <source>Acknowledged version {version} (in force)</source>
        <translation>Version {version} signée (en vigueur)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="54"/>
        <source>Acknowledged version {version}; version {current} in force</source>
        <translation>Version {version} signée ; version {current} en vigueur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="55"/>
        <source>Not acknowledged; version {current} in force</source>
        <translation>Non signées ; version {current} en vigueur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="56"/>
        <source>Progress</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="57"/>
        <source>No lines written for this member.</source>
        <translation>Aucune ligne rédigée pour ce membre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="58"/>
        <source>Signed on {date}</source>
        <translation>Signée le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="59"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="60"/>
        <source>No session in this period.</source>
        <translation>Aucune séance sur cette période.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="62"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="63"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="64"/>
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="65"/>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="66"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>HandoutProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="152"/>
        <source>Rule {number} is too long to print at a readable size on a card. Shorten it, or leave out its “why”.</source>
        <translation>La règle {number} est trop longue pour tenir sur une carte en taille lisible. Raccourcissez-la, ou retirez son « pourquoi ».</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="157"/>
        <source>Rule {number} is too long for {per_page} cards per page at a readable size. Choose {fewer} cards per page, or shorten the rule.</source>
        <translation>La règle {number} est trop longue pour {per_page} cartes par page en taille lisible. Choisissez {fewer} cartes par page, ou raccourcissez la règle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="163"/>
        <source>the group's name</source>
        <translation>le nom du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="164"/>
        <source>rule {number}</source>
        <translation>la règle {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="165"/>
        <source>a member's name</source>
        <translation>le nom d’un membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="166"/>
        <source>the welcome line</source>
        <translation>le mot d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="167"/>
        <source>your details</source>
        <translation>vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="168"/>
        <source>the support line</source>
        <translation>la ligne d’écoute</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="169"/>
        <source>the session's title</source>
        <translation>le titre de la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="170"/>
        <source>the agenda</source>
        <translation>le déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="171"/>
        <source>note {number}</source>
        <translation>la note {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="172"/>
        <source>the handout's labels</source>
        <translation>les libellés du document</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="173"/>
        <source>the handout</source>
        <translation>le document</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="179"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="180"/>
        <source>%n character(s) in {where} cannot be printed and will show as □: {chars}.</source>
        <translation>
            <numerusform>%n caractère dans {where} ne peut pas être imprimé et apparaîtra comme □ : {chars}.</numerusform>
            <numerusform>%n caractères dans {where} ne peuvent pas être imprimés et apparaîtront comme □ : {chars}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutSidePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="60"/>
        <source>Handout options</source>
        <translation>Options du document</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="62"/>
        <source>Save handout as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="82"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="83"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Le PDF n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="88"/>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="107"/>
        <source>Print handout</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="119"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="120"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>L’imprimante n’a pas pu être lancée. Vérifiez qu’elle est branchée et allumée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="123"/>
        <source>Sent %Ln pages to the printer.</source>
        <translation>
            <numerusform>%Ln page envoyée à l’imprimante.</numerusform>
            <numerusform>%Ln pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="142"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Impression de la page {n} sur {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="161"/>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="170"/>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="162"/>
        <source>The copy for the viewer could not be written: {reason}</source>
        <translation>La copie pour la visionneuse n’a pas pu être écrite : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="171"/>
        <source>No PDF viewer is set up on this computer. Use Save as PDF… instead.</source>
        <translation>Aucune visionneuse PDF n’est installée sur cet ordinateur. Utilisez plutôt Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="176"/>
        <source>Opened a copy in your PDF viewer; it is deleted when you lock or quit.</source>
        <translation>Une copie a été ouverte dans votre visionneuse PDF ; elle sera supprimée quand vous verrouillerez ou quitterez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="60"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="61"/>
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer le document en fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="62"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="63"/>
        <source>Print with the system print dialog (Ctrl+P)</source>
        <translation>Imprimer avec la boîte de dialogue d’impression du système (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="64"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="66"/>
        <source>Open a copy in your usual PDF viewer. The copy is kept in a private temporary folder and deleted when you lock or quit.</source>
        <translation>Ouvrir une copie dans votre visionneuse PDF habituelle. La copie est gardée dans un dossier temporaire privé et supprimée quand vous verrouillez ou quittez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="90"/>
        <source>Create a group on the Groups page first; its handouts are printed here.</source>
        <translation>Créez d’abord un groupe dans la page Groupes ; ses documents s’impriment ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="129"/>
        <source>Handouts</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="264"/>
        <source>Printouts for {group}</source>
        <translation>Documents à imprimer pour {group}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="90"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="161"/>
        <source>Welcome. These are the agreements that keep this group a safe place for everyone.</source>
        <translation>Bienvenue. Voici les engagements qui font de ce groupe un lieu sûr pour tout le monde.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="169"/>
        <source>The saved welcome line is damaged and cannot be shown. Type a new one to replace it.</source>
        <translation>Le mot d’accueil enregistré est endommagé et ne peut pas être affiché. Saisissez-en un nouveau pour le remplacer.</translation>
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
            <numerusform>%Ln présent</numerusform>
            <numerusform>%Ln présents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="279"/>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="301"/>
        <source>No finished sessions yet. A session's summary can be printed here once it has ended.</source>
        <translation>Aucune séance terminée pour l’instant. Le compte rendu d’une séance pourra être imprimé ici une fois celle-ci terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="361"/>
        <source>The handout could not be built ({error}). Try other options.</source>
        <translation>Le document n’a pas pu être créé ({error}). Essayez d’autres options.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="93"/>
        <source>Handout</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="98"/>
        <source>Groun&amp;d rules</source>
        <translation>&amp;Règles du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="99"/>
        <source>&amp;Rule cards</source>
        <translation>&amp;Cartes de règles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="100"/>
        <source>S&amp;ign-in sheet</source>
        <translation>&amp;Feuille d’émargement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="101"/>
        <source>Session summar&amp;y</source>
        <translation>Compte rend&amp;u de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="104"/>
        <source>The group's rules on one page, to read and sign</source>
        <translation>Les règles du groupe sur une page, à lire et à signer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="105"/>
        <source>One rule per card in large type, to cut or fold</source>
        <translation>Une règle par carte en gros caractères, à découper ou à plier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="106"/>
        <source>Members in seat order with a signature column</source>
        <translation>Les membres dans l’ordre des places, avec une colonne pour signer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="107"/>
        <source>A finished session, for your records</source>
        <translation>Une séance terminée, pour vos dossiers</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="119"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="121"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="122"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="124"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="129"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="130"/>
        <source>&amp;Large print (14 pt text)</source>
        <translation>Caractères agrand&amp;is (texte 14 pt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="132"/>
        <source>Bigger type for members who find small print hard to read</source>
        <translation>Des caractères plus grands pour les membres qui lisent difficilement les petits</translation>
    </message>
</context>
<context>
    <name>HeldNotes</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="68"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="70"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="72"/>
        <source>the workspace key was being changed</source>
        <translation>la clé de l’espace de travail était en cours de changement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="74"/>
        <source>a problem with the disk</source>
        <translation>un problème de disque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="75"/>
        <source>it could not be written</source>
        <translation>elle n’a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="80"/>
        <source>Your note could not be saved ({why}); it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Votre note n’a pas pu être enregistrée ({why}) ; elle est conservée, chiffrée, et sera enregistrée quand vous déverrouillerez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="87"/>
        <source>The note kept while the workspace was locked has been saved.</source>
        <translation>La note conservée pendant le verrouillage a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="91"/>
        <source>Your note is still not saved ({why}). It is back in the editor and is saved as soon as the disk takes it; please do not close the app until then.</source>
        <translation>Votre note n’est toujours pas enregistrée ({why}). Elle est de retour dans l’éditeur et sera enregistrée dès que le disque l’acceptera ; merci de ne pas fermer l’application d’ici là.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="98"/>
        <source>The note kept while the workspace was locked could not be opened again, so it could not be saved.</source>
        <translation>La note conservée pendant le verrouillage n’a pas pu être rouverte ; elle n’a donc pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="107"/>
        <source>Your quick note could not be saved; it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Votre note rapide n’a pas pu être enregistrée ; elle est conservée, chiffrée, et sera enregistrée quand vous déverrouillerez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="111"/>
        <source>The quick note you were typing is kept, encrypted, and comes back when you unlock.</source>
        <translation>La note rapide que vous tapiez est conservée, chiffrée, et reviendra quand vous déverrouillerez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="116"/>
        <source>Still not saved · Enter tries again</source>
        <translation>Toujours pas enregistrée · Entrée pour réessayer</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="55"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="56"/>
        <source>L</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="57"/>
        <source>LE</source>
        <translation>PT</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="58"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="59"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="76"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="77"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="78"/>
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="69"/>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="70"/>
        <source>no notice</source>
        <translation>sans prévenir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="71"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="81"/>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="79"/>
        <source>excused (told ahead)</source>
        <translation>excusé (a prévenu)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="80"/>
        <source>absent without notice</source>
        <translation>absent sans prévenir</translation>
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
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="71"/>
        <source>Attendance as CSV…</source>
        <translation>Présences en CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="73"/>
        <source>Airtime per member as CSV…</source>
        <translation>Temps de parole par membre en CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="75"/>
        <source>This session's summary as PDF…</source>
        <translation>Compte rendu de cette séance en PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="94"/>
        <source>Past sessions, newest first</source>
        <translation>Séances passées, la plus récente en haut</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="114"/>
        <source>&amp;Delete session…</source>
        <translation>Supprim&amp;er la séance…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="116"/>
        <source>Delete the selected session and everything recorded in it (Delete)</source>
        <translation>Supprimer la séance sélectionnée et tout ce qui y a été enregistré (Suppr)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="174"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="152"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="153"/>
        <source>Group &amp;insights</source>
        <translation>Tendances du gr&amp;oupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="154"/>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="158"/>
        <source>Create a group on the Groups page; its past sessions are listed here.</source>
        <translation>Créez un groupe dans la page Groupes ; ses séances passées s’affichent ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="320"/>
        <source>No finished sessions in this period.</source>
        <translation>Aucune séance terminée sur cette période.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="322"/>
        <source>No finished sessions yet. They appear here after the first one.</source>
        <translation>Aucune séance terminée pour l’instant. Elles apparaîtront ici après la première.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="325"/>
        <source>Newest first; scroll down for older sessions.</source>
        <translation>La plus récente en haut ; faites défiler vers le bas pour les plus anciennes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="331"/>
        <source>{group} · how the sessions went</source>
        <translation>{group} · comment se sont passées les séances</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="444"/>
        <source>Session deleted with its notes.</source>
        <translation>Séance supprimée avec ses notes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="446"/>
        <source>Session deleted.</source>
        <translation>Séance supprimée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="30"/>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="31"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="32"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="33"/>
        <source>Between dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="35"/>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="28"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="29"/>
        <source>&amp;End it now</source>
        <translation>&amp;Terminer maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="43"/>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="49"/>
        <source>Rehe&amp;arse…</source>
        <translation>S’&amp;entraîner…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="52"/>
        <source>Practise a session on invented members, in real time or faster; nothing is kept</source>
        <translation>S’exercer à une séance avec des membres fictifs, en temps réel ou en accéléré ; rien n’est conservé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="58"/>
        <source>Opening the session starts nothing yet: mark attendance and adjust the agenda as people arrive, then press Space when the group begins.</source>
        <translation>Ouvrir la séance ne lance encore rien : notez les présences et ajustez le déroulé au fil des arrivées, puis appuyez sur Espace quand le groupe commence.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="92"/>
        <source>No group yet</source>
        <translation>Pas encore de groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="93"/>
        <source>Create a group on the Groups page first.</source>
        <translation>Créez d’abord un groupe dans la page Groupes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="96"/>
        <source>Open a session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="103"/>
        <source>Meets today at {time}</source>
        <translation>Se réunit aujourd’hui à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="105"/>
        <source>Meets today</source>
        <translation>Se réunit aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="107"/>
        <source>Open today's session  (Space)</source>
        <translation>Ouvrir la séance du jour  (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="109"/>
        <source>Not a scheduled day: this will be an extra session.</source>
        <translation>Ce n’est pas un jour prévu : ce sera une séance supplémentaire.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="110"/>
        <source>Open a session now  (Space)</source>
        <translation>Ouvrir une séance maintenant  (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="115"/>
        <source>{name} · {minutes} min · {kind}</source>
        <translation>{name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>open discussion</source>
        <translation>échange libre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>round</source>
        <translation>tour de table</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="122"/>
        <source>Total {minutes} min</source>
        <translation>Total {minutes} min</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="82"/>
        <source>Import a workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="47"/>
        <source>Enter the passphrase this workspace had on the other laptop. The file is checked in full before anything is installed here.</source>
        <translation>Saisissez la phrase secrète qu’avait cet espace de travail sur l’autre ordinateur. Le fichier est entièrement vérifié avant que quoi que ce soit ne soit installé ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="55"/>
        <source>File: {name}</source>
        <translation>Fichier : {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="58"/>
        <source>Passphrase of the imported workspace</source>
        <translation>Phrase secrète de l’espace de travail importé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="64"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="69"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="127"/>
        <source>&amp;Import and open</source>
        <translation>&amp;Importer et ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="102"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="110"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Cette phrase secrète ne déverrouille pas cet espace de travail. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="119"/>
        <source>The file could not be imported: {reason}</source>
        <translation>Le fichier n’a pas pu être importé : {reason}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="102"/>
        <source>Attendance, last %Ln sessions</source>
        <translation>
            <numerusform>Présences, dernière séance</numerusform>
            <numerusform>Présences, %Ln dernières séances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="104"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="308"/>
        <source>No finished sessions yet.</source>
        <translation>Aucune séance terminée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="108"/>
        <source>Attendance over the weeks</source>
        <translation>Présences au fil des semaines</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="118"/>
        <source>Click a name or a date to open it.</source>
        <translation>Un clic sur un nom ou une date l’ouvre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="131"/>
        <source>How evenly the airtime is shared</source>
        <translation>Répartition du temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="133"/>
        <source>Top speaker's share</source>
        <translation>Part de la personne qui a le plus parlé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="134"/>
        <source>Gini coefficient</source>
        <translation>Coefficient de Gini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="136"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="143"/>
        <source>No airtime recorded yet.</source>
        <translation>Aucun temps de parole enregistré pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="151"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="163"/>
        <source>Segments that run long</source>
        <translation>Étapes qui débordent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>On average</source>
        <translation>En moyenne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Ran over</source>
        <translation>Débordement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Segment</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="158"/>
        <source>Share that ran over</source>
        <translation>Part des séances en débordement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="196"/>
        <source>Group insights</source>
        <translation>Tendances du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="275"/>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="279"/>
        <source>0 = everyone present spoke equally; towards 1 = one or two voices took most of the time. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>0 = toutes les personnes présentes ont parlé autant ; vers 1 = une ou deux voix ont pris l’essentiel du temps. Points : séances ; pointillés : moyenne des 4 dernières.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="287"/>
        <source>top speaker</source>
        <translation>plus grande part</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="291"/>
        <source>The share of the airtime taken by whoever spoke most. Lower is more even. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>La part du temps de parole prise par la personne qui a le plus parlé. Plus elle est basse, plus c’est équilibré. Points : séances ; pointillés : moyenne des 4 dernières.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="301"/>
        <source>Over the last %Ln sessions. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</source>
        <translation>
            <numerusform>Sur la dernière séance. Plus d’une minute au-delà du prévu compte comme un débordement ; ⚠ = dans au moins la moitié des séances.</numerusform>
            <numerusform>Sur les %Ln dernières séances. Plus d’une minute au-delà du prévu compte comme un débordement ; ⚠ = dans au moins la moitié des séances.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="315"/>
        <source>{n} of {m}</source>
        <translation>{n} sur {m}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="322"/>
        <source>Runs long in at least half of the sessions.</source>
        <translation>Déborde dans au moins la moitié des séances.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="330"/>
        <source>{share} of the sessions ran over</source>
        <translation>{share} des séances ont débordé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="335"/>
        <source>{n} of {m}, runs long in at least half</source>
        <translation>{n} sur {m}, déborde dans au moins la moitié</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="342"/>
        <source>On average {delta} against the plan; {over} over when it ran long.</source>
        <translation>En moyenne {delta} par rapport au prévu ; {over} de dépassement quand elle a débordé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="354"/>
        <source>Runs long in at least half of the sessions: {segments}.</source>
        <translation>Débordent dans au moins la moitié des séances : {segments}.</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="71"/>
        <source>Measures</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="73"/>
        <source>&amp;New measure</source>
        <translation>Nou&amp;veau questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="85"/>
        <source>For example ORS</source>
        <translation>Par exemple ORS</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="90"/>
        <source>Lowest answer</source>
        <translation>Réponse la plus basse</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="93"/>
        <source>Highest answer</source>
        <translation>Réponse la plus haute</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="96"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="100"/>
        <source>Answers in &amp;tenths (marks on a 10 cm line, as on ORS and SRS)</source>
        <translation>Réponses en di&amp;xièmes (traits sur une ligne de 10 cm, comme pour l’ORS et le SRS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="103"/>
        <source>Higher totals are worse</source>
        <translation>Un total plus élevé est moins bon</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="104"/>
        <source>Higher totals are better</source>
        <translation>Un total plus élevé est meilleur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="110"/>
        <source>Bands</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="116"/>
        <source>Add &amp;band</source>
        <translation>Ajouter une &amp;tranche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="119"/>
        <source>Remo&amp;ve band</source>
        <translation>&amp;Retirer la tranche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="130"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="132"/>
        <source>The smallest change between two totals that is more than measurement error</source>
        <translation>Le plus petit écart entre deux totaux qui dépasse l’erreur de mesure</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="137"/>
        <source>Standard deviation</source>
        <translation>Écart-type</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="142"/>
        <source>Reliability</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="143"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="146"/>
        <source>Reliable change = 1.96 × √2 × SD × √(1 − reliability) (Jacobson and Truax)</source>
        <translation>Changement fiable = 1,96 × √2 × ET × √(1 − fidélité) (Jacobson et Truax)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="150"/>
        <source>SD</source>
        <translation>ET</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="152"/>
        <source>reliability</source>
        <translation>fidélité</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="178"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="180"/>
        <source>&amp;Items:</source>
        <translation>&amp;Questions :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="181"/>
        <source>Each item &amp;from:</source>
        <translation>Chaque réponse, &amp;de :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="186"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="187"/>
        <source>Bands:</source>
        <translation>Tranches :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="190"/>
        <source>&amp;Reliable change:</source>
        <translation>Changement &amp;fiable :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="191"/>
        <source>or &amp;from:</source>
        <translation>ou à &amp;partir de :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="196"/>
        <source>The questions of licensed measures are not included: enter the answers or the total from the paper form, and take the bands and the reliable change from its manual.</source>
        <translation>Les questions des questionnaires sous licence ne sont pas fournies : saisissez les réponses ou le total inscrits sur le formulaire papier, et reprenez les tranches et le changement fiable de son manuel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="205"/>
        <source>&amp;Save measure</source>
        <translation>&amp;Enregistrer le questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="207"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="210"/>
        <source>An archived measure takes no new entries; its entries are kept</source>
        <translation>Un questionnaire archivé ne prend plus de nouvelles saisies ; ses saisies sont conservées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="256"/>
        <source>{name} (shipped)</source>
        <translation>{name} (intégré)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="258"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="275"/>
        <source>New measure</source>
        <translation>Nouveau questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="281"/>
        <source>Scored as published; shipped with its questions. {threshold}</source>
        <translation>Coté selon la version publiée ; fourni avec ses questions. {threshold}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="314"/>
        <source>In use: its items and their range stay as they are.</source>
        <translation>Utilisé : ses questions et leurs réponses possibles restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>Bring &amp;back</source>
        <translation>Désarc&amp;hiver</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="397"/>
        <source>Use {n} bands or fewer.</source>
        <translation>Utilisez au plus {n} tranches.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="436"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="450"/>
        <source>Archived: it takes no new entries.</source>
        <translation>Archivé : il ne prend plus de nouvelles saisies.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="452"/>
        <source>Back in use.</source>
        <translation>De nouveau utilisable.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="23"/>
        <source>Tuning the lock to this computer…</source>
        <translation>Ajustement du verrou à cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="25"/>
        <source>Re-encrypting private details: {done} of {total}…</source>
        <translation>Rechiffrement des données privées : {done} sur {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="28"/>
        <source>Bringing backups in line: {done} of {total}…</source>
        <translation>Mise à jour des sauvegardes : {done} sur {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="35"/>
        <source>Out of reach: files already exported (copies for another laptop, member records, CSV files) and printed pages. A copy for another laptop still opens with the secret it was made with; delete those you can.</source>
        <translation>Hors d’atteinte : les fichiers déjà exportés (copies pour un autre ordinateur, fiches de membres, fichiers CSV) et les pages imprimées. Une copie pour un autre ordinateur s’ouvre toujours avec le secret utilisé lors de sa création ; supprimez celles que vous pouvez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="46"/>
        <source>A new workspace key was made; %Ln private details were re-encrypted.</source>
        <translation>
            <numerusform>Une nouvelle clé d’espace de travail a été créée ; %Ln donnée privée a été rechiffrée.</numerusform>
            <numerusform>Une nouvelle clé d’espace de travail a été créée ; %Ln données privées ont été rechiffrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="53"/>
        <source>%Ln backups were re-encrypted with the new key.</source>
        <translation>
            <numerusform>%Ln sauvegarde a été rechiffrée avec la nouvelle clé.</numerusform>
            <numerusform>%Ln sauvegardes ont été rechiffrées avec la nouvelle clé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="56"/>
        <source>%Ln backups now open only with the new secret.</source>
        <translation>
            <numerusform>%Ln sauvegarde ne s’ouvre désormais qu’avec le nouveau secret.</numerusform>
            <numerusform>%Ln sauvegardes ne s’ouvrent désormais qu’avec le nouveau secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="59"/>
        <source>%Ln backups could not be updated and were removed; a fresh, checked backup takes their place.</source>
        <translation>
            <numerusform>%Ln sauvegarde n’a pas pu être mise à jour et a été supprimée ; une nouvelle sauvegarde vérifiée la remplace.</numerusform>
            <numerusform>%Ln sauvegardes n’ont pas pu être mises à jour et ont été supprimées ; une nouvelle sauvegarde vérifiée les remplace.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="67"/>
        <source>The backups could not be brought in line just now; that is finished the next time the workspace is unlocked.</source>
        <translation>Les sauvegardes n’ont pas pu être mises à jour pour le moment ; ce sera fait au prochain déverrouillage de l’espace de travail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="74"/>
        <source>%Ln damaged records could not be read, so they stay as they were (unreadable).</source>
        <translation>
            <numerusform>%Ln enregistrement endommagé n’a pas pu être lu ; il reste tel quel (illisible).</numerusform>
            <numerusform>%Ln enregistrements endommagés n’ont pas pu être lus ; ils restent tels quels (illisibles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyChangeProgressDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_progress.py" line="30"/>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="104"/>
        <source>Cancelled: no check-in score was recorded.</source>
        <translation>Annulé : aucun score d’accueil n’a été noté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="114"/>
        <source>Cancelled: no number was chosen.</source>
        <translation>Annulé : aucun numéro n’a été choisi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="166"/>
        <source>No check-in score recorded: S then the number.</source>
        <translation>Aucun score d’accueil noté : S puis le nombre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="176"/>
        <source>No member chosen: 0 needs two more digits (0 1 2 is member 12).</source>
        <translation>Aucun membre choisi : après 0, il faut deux chiffres (0 1 2 = membre 12).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="193"/>
        <source>{typed} is not on this group's check-in scale ({low} to {high}): no score was recorded.</source>
        <translation>{typed} n’est pas sur l’échelle d’accueil de ce groupe ({low} à {high}) : aucun score n’a été noté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="201"/>
        <source>Check-in score for {name}: {typed}_ (another digit, or a moment for {typed})</source>
        <translation>Score d’accueil de {name} : {typed}_ (un autre chiffre, ou attendez un instant pour {typed})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="204"/>
        <source>Check-in score for {name}: type {low} to {high} (Esc cancels)</source>
        <translation>Score d’accueil de {name} : tapez de {low} à {high} (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="213"/>
        <source>Rule card number: {typed} (Esc cancels)</source>
        <translation>Numéro de la carte de règle : {typed} (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="215"/>
        <source>Attendance of member {typed} (Esc cancels)</source>
        <translation>Présence du membre {typed} (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="216"/>
        <source>Member number: {typed} (Esc cancels)</source>
        <translation>Numéro du membre : {typed} (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="218"/>
        <source>Rule card: type its number (R again: the selected card).</source>
        <translation>Carte de règle : tapez son numéro (R à nouveau : la carte sélectionnée).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="219"/>
        <source>Attendance: type the member's number, or choose with ↑↓ and press Enter.</source>
        <translation>Présences : tapez le numéro du membre, ou choisissez avec ↑↓ et appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="89"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="135"/>
        <source>Keys in the room</source>
        <translation>Touches pendant la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="138"/>
        <source>One key per action, wherever the focus is; every key also has a button or a click. Keys do nothing while you type a note. A member's number stays the same for the whole session.</source>
        <translation>Une touche par action, où que soit le focus ; chaque touche a aussi un bouton ou un clic. Les touches sont sans effet pendant que vous tapez une note. Le numéro d’un membre reste le même pendant toute la séance.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../facilitator_desktop/ui/i18n.py" line="73"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="109"/>
        <source>{title}, in the rule set</source>
        <translation>{title}, dans les règles du groupe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="106"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="119"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="120"/>
        <source>Lock the workspace (Ctrl+L)</source>
        <translation>Verrouiller l’espace de travail (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Lock workspace</source>
        <translation>&amp;Verrouiller l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="184"/>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="189"/>
        <source>Encrypted workspace · Ctrl+L locks</source>
        <translation>Espace de travail chiffré · Ctrl+L pour verrouiller</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="280"/>
        <source>Unsaved changes were cleared when the workspace locked.</source>
        <translation>Les modifications non enregistrées ont été effacées au verrouillage de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="363"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="364"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;An offline companion for facilitators of in-person groups. Everything stays on this computer.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Un compagnon hors ligne pour les personnes qui animent des groupes en présentiel. Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="22"/>
        <source>[former member]</source>
        <extracomment>each replaces a name in a text; keep the square brackets so the marker reads as the app's, not as something a member said.</extracomment>
        <translation>[ancien membre]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="23"/>
        <source>[another member]</source>
        <translation>[autre membre]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="24"/>
        <source>[redacted]</source>
        <translation>[masqué]</translation>
    </message>
</context>
<context>
    <name>MeasureEntryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="78"/>
        <source>Enter a measure — {alias}</source>
        <translation>Saisir un questionnaire — {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="81"/>
        <source>Enter a measure from paper</source>
        <translation>Saisir un questionnaire rempli sur papier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="83"/>
        <source>Measure</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="85"/>
        <source>&amp;Define measures…</source>
        <translation>&amp;Définir des questionnaires…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="87"/>
        <source>Add a measure whose form you have on paper (ORS, SRS, CORE-10 …)</source>
        <translation>Ajouter un questionnaire dont vous avez le formulaire papier (ORS, SRS, CORE-10…)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="101"/>
        <source>Date the form was filled in</source>
        <translation>Date à laquelle le questionnaire a été rempli</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="104"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="107"/>
        <source>Each item's &amp;answer</source>
        <translation>Chaque ré&amp;ponse</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="108"/>
        <source>Only the &amp;total from the paper</source>
        <translation>Seulement le &amp;total inscrit sur le papier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="120"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="125"/>
        <source>Filled in &amp;on:</source>
        <translation>Rempli &amp;le :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="126"/>
        <source>&amp;Session:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="127"/>
        <source>Enter:</source>
        <translation>Saisir :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="156"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="158"/>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="177"/>
        <source>Total so far</source>
        <translation>Total provisoire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="189"/>
        <source>Stored encrypted; never shown on the room display.</source>
        <translation>Conservé chiffré ; jamais affiché sur l’écran de salle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="229"/>
        <source>Not tied to a session</source>
        <translation>Sans lien avec une séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="236"/>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="269"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="277"/>
        <source>Item {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="271"/>
        <source>{n}.</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="297"/>
        <source>There is no measure to enter. Define one first.</source>
        <translation>Aucun questionnaire à saisir. Définissez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="310"/>
        <source>Each item from {low} to {high}.</source>
        <translation>Chaque question de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="317"/>
        <source>The total is from {low} to {high}.</source>
        <translation>Le total va de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="374"/>
        <source>Answered {given} of {items} · total so far {total}</source>
        <translation>Réponses : {given} sur {items} · total provisoire {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="385"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="408"/>
        <source>Type the total from the paper.</source>
        <translation>Tapez le total inscrit sur le papier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="389"/>
        <source>Total {total} of {most}</source>
        <translation>Total {total} sur {most}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="416"/>
        <source>Item {n} has no answer yet. Type it, or enter only the total from the paper.</source>
        <translation>La question {n} n’a pas encore de réponse. Tapez-la, ou saisissez seulement le total inscrit sur le papier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="458"/>
        <source>Measure saved.</source>
        <translation>Questionnaire enregistré.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="29"/>
        <source>Export {alias}'s scores</source>
        <translation>Exporter les scores de {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="30"/>
        <source>The file will hold {alias}'s name and scores in plain text.</source>
        <translation>Le fichier contiendra le nom et les scores de {alias} en clair.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="31"/>
        <source>Anyone who opens it can read how they answered. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Toute personne qui l’ouvre pourra lire ses réponses. Enregistrez-le uniquement là où personne d’autre ne peut le voir, et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="35"/>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="40"/>
        <source>Export scores as CSV</source>
        <translation>Exporter les scores en CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="42"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>The file could not be saved: {why}</source>
        <translation>Le fichier n’a pas pu être enregistré : {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="58"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="29"/>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="30"/>
        <source>mild</source>
        <translation>léger</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="31"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="32"/>
        <source>moderately severe</source>
        <translation>modérément sévère</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="33"/>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="45"/>
        <source>{total} ({band})</source>
        <translation>{total} ({band})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="50"/>
        <source>reliable improvement</source>
        <translation>amélioration fiable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="51"/>
        <source>reliable deterioration</source>
        <translation>détérioration fiable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="52"/>
        <source>no reliable change</source>
        <translation>pas de changement fiable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="53"/>
        <source>no reliable-change threshold set</source>
        <translation>aucun seuil de changement fiable défini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="59"/>
        <source>No reliable-change threshold is set for this measure.</source>
        <translation>Aucun seuil de changement fiable n’est défini pour ce questionnaire.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="60"/>
        <source>A change of {n} points or more counts as reliable.</source>
        <translation>Un changement de {n} points ou plus est considéré comme fiable.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher is better.</source>
        <translation>Un total plus élevé est meilleur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher totals are worse.</source>
        <translation>Un total plus élevé est moins bon.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="77"/>
        <source>{measure}: no readable entries.</source>
        <translation>{measure} : aucune saisie lisible.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="81"/>
        <source>{measure}: one entry, {date}: {total}.</source>
        <translation>{measure} : une saisie, le {date} : {total}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="90"/>
        <source>{measure}: {n} entries from {first} to {latest}.</source>
        <translation>{measure} : {n} saisies du {first} au {latest}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="98"/>
        <source>First {first}, latest {latest}: {change}.</source>
        <translation>Premier total {first}, dernier {latest} : {change}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="106"/>
        <source>Lowest {low}, highest {high}.</source>
        <translation>Minimum {low}, maximum {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="113"/>
        <source>Item 9 answered above 0 in {n} of them, most recently {date}.</source>
        <translation>Réponse supérieure à 0 à la question 9 dans {n} d’entre elles, la dernière fois le {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="120"/>
        <source>Entries that could not be read and are left out: {n}.</source>
        <translation>Saisies illisibles, laissées de côté : {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="131"/>
        <source>Item 9 was answered above 0</source>
        <translation>Question 9 : réponse supérieure à 0</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="137"/>
        <source>{alias} marked “{answer}” for thoughts that they would be better off dead, or of hurting themselves in some way.</source>
        <translation>{alias} a coché « {answer} » pour les pensées qu’il vaudrait mieux mourir, ou de se faire du mal d’une manière ou d’une autre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="144"/>
        <source>This answer is not a diagnosis and does not say how much risk there is; it is a reason to ask. Consider speaking with them soon, in private, about how they are now; following your own service's safety procedures (who to contact, what to record); and talking it through with your supervisor or a colleague. If you believe someone is in immediate danger, follow your emergency procedure.</source>
        <translation>Cette réponse n’est pas un diagnostic et ne dit pas quel est le niveau de risque ; c’est une raison de poser la question. Pensez à parler bientôt avec cette personne, en privé, de ce qu’elle vit en ce moment ; à suivre les procédures de sécurité de votre service (qui contacter, quoi consigner) ; et à en parler avec votre superviseur ou un collègue. Si vous pensez qu’une personne est en danger immédiat, suivez votre procédure d’urgence.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="154"/>
        <source>With the total only, item 9 (thoughts of being better off dead or of self-harm) is not checked here: look at its answer on the paper.</source>
        <translation>Avec le total seul, la question 9 (pensées qu’il vaudrait mieux mourir, ou de se faire du mal) n’est pas vérifiée ici : regardez sa réponse sur le papier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="161"/>
        <source>I have read this</source>
        <translation>J’ai lu ce message</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="32"/>
        <source>Not on track</source>
        <translation>Évolution défavorable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="52"/>
        <source>{alias}: {measure} reliably worse than at first — {before} on {since}, {latest} on {latest_on} (a change of {threshold} or more is reliable)</source>
        <translation>{alias} : {measure} moins bon qu’au début, de façon fiable — {before} le {since}, {latest} le {latest_on} (un changement de {threshold} ou plus est fiable)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="64"/>
        <source>{alias} · {measure} {before} → {latest}</source>
        <translation>{alias} · {measure} {before} → {latest}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="68"/>
        <source>{alias}: check-in fell from {before} ({since}) to {latest} ({latest_on}) over their last three sessions</source>
        <translation>{alias} : le score d’accueil est passé de {before} ({since}) à {latest} ({latest_on}) sur ses trois dernières séances</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="78"/>
        <source>{alias} · check-in {before} → {latest}</source>
        <translation>{alias} · accueil {before} → {latest}</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="47"/>
        <source>Outcome measures</source>
        <translation>Questionnaires d’évaluation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="56"/>
        <source>Measure</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="58"/>
        <source>Mea&amp;sure:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="60"/>
        <source>&amp;Enter a measure…</source>
        <translation>Sa&amp;isir un questionnaire…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="61"/>
        <source>Type in a questionnaire filled in on paper</source>
        <translation>Saisir un questionnaire rempli sur papier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="63"/>
        <source>E&amp;xport scores…</source>
        <translation>Exporter les s&amp;cores…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="64"/>
        <source>Their scores as a CSV file</source>
        <translation>Ses scores dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="77"/>
        <source>Measure summary</source>
        <translation>Résumé du questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="79"/>
        <source>Shading: the measure's bands, darker towards the worse end. Dashed lines: a reliable change from the first total. ▲▼ reliably worse or better than the first; ○ the latest; a red ring: item 9 above 0.</source>
        <translation>Zones ombrées : les tranches du questionnaire, plus foncées vers le côté le moins bon. Pointillés : un changement fiable par rapport au premier total. ▲▼ nettement moins bon ou meilleur que le premier ; ○ le plus récent ; cercle rouge : question 9 au-dessus de 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="88"/>
        <source>Entries of this measure</source>
        <translation>Saisies de ce questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="92"/>
        <source>&amp;Delete entry…</source>
        <translation>Su&amp;pprimer la saisie…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="162"/>
        <source>No measures entered for them yet.</source>
        <translation>Aucun questionnaire saisi pour ce membre pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="233"/>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="236"/>
        <source>Delete entry</source>
        <translation>Supprimer la saisie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="234"/>
        <source>Delete this entry?</source>
        <translation>Supprimer cette saisie ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="245"/>
        <source>Entry deleted.</source>
        <translation>Saisie supprimée.</translation>
    </message>
</context>
<context>
    <name>MemberCopyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="69"/>
        <source>A member's copy</source>
        <translation>Copie pour un membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="72"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="73"/>
        <source>&amp;Member:</source>
        <translation>Mem&amp;bre :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="76"/>
        <source>This &amp;session only</source>
        <translation>Cette &amp;séance seulement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="77"/>
        <source>Sessions &amp;from</source>
        <translation>Séances &amp;du</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="81"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="82"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="89"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="97"/>
        <source>Other members as their &amp;initials</source>
        <translation>Autres membres réduits à leurs i&amp;nitiales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="98"/>
        <source>Other members' names &amp;removed</source>
        <translation>Noms des autres membres &amp;retirés</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="106"/>
        <source>The copy holds the group note and this member's own facts and lines. Every other member's name, phone number and e-mail is reduced to initials or removed. Read it over before it leaves your hands.</source>
        <translation>La copie contient la note du groupe ainsi que les données et les lignes propres à ce membre. Le nom, le téléphone et l’e-mail de chaque autre membre sont réduits à des initiales ou retirés. Relisez-la avant qu’elle ne quitte vos mains.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="119"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="121"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="123"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="137"/>
        <source>Sessions:</source>
        <translation>Séances :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="141"/>
        <source>Others:</source>
        <translation>Autres membres :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="179"/>
        <source>The first day is after the last. Nothing was made.</source>
        <translation>Le premier jour est après le dernier. Rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="213"/>
        <source>The copy could not be made ({error}). Nothing was saved.</source>
        <translation>La copie n’a pas pu être créée ({error}). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="233"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Le PDF n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="238"/>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="244"/>
        <source>progress-entry-{date}.pdf</source>
        <translation>note-d-evolution-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="247"/>
        <source>Save the member's copy</source>
        <translation>Enregistrer la copie du membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="261"/>
        <source>Progress entry</source>
        <translation>Note d’évolution</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="268"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>L’imprimante n’a pas pu être lancée. Vérifiez qu’elle est branchée et allumée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="270"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="54"/>
        <source>Progress entry for {name}</source>
        <translation>Note d’évolution de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="56"/>
        <source>A line or two about {name} today.</source>
        <translation>Une ligne ou deux sur {name} aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="64"/>
        <source>Add an addendum for {name}…</source>
        <translation>Ajouter un addendum pour {name}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="101"/>
        <source>These lines are damaged and cannot be shown.</source>
        <translation>Ces lignes sont endommagées et ne peuvent pas être affichées.</translation>
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
        <translation>{alias} — parti le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/members.py" line="55"/>
        <source>This record is damaged and cannot be shown or edited.</source>
        <translation>Cette fiche est endommagée et ne peut être ni affichée ni modifiée.</translation>
    </message>
</context>
<context>
    <name>MemberRights</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="74"/>
        <source>Export member record</source>
        <translation>Exporter la fiche du membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="75"/>
        <source>This record cannot be exported.</source>
        <translation>Cette fiche ne peut pas être exportée.</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="84"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="88"/>
        <source>&amp;Member:</source>
        <translation>Mem&amp;bre :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="93"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="94"/>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="95"/>
        <source>Absent without notice</source>
        <translation>Absences sans prévenir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="96"/>
        <source>Passed</source>
        <translation>Passes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="97"/>
        <source>Quiet lately</source>
        <translation>Peu de parole récemment</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="99"/>
        <source>Recent sessions in a row in which they passed or spoke for less than a third of an equal share of the time.</source>
        <translation>Séances récentes d’affilée où la personne a passé ou a parlé moins d’un tiers d’une part égale du temps.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="116"/>
        <source>No sessions since they joined.</source>
        <translation>Aucune séance depuis son arrivée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="118"/>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="352"/>
        <source>Airtime share per session</source>
        <translation>Part du temps de parole par séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="120"/>
        <source>Bars: their share of the airtime; dashed line: their average when present; ○ came and passed. Letters: attendance. Click a bar to open that session.</source>
        <translation>Barres : sa part du temps de parole ; pointillés : sa moyenne quand la personne est présente ; ○ présent mais a passé. Lettres : présences. Cliquez sur une barre pour ouvrir la séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="128"/>
        <source>Rule sets signed</source>
        <translation>Règles signées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="137"/>
        <source>Notes and follow-ups</source>
        <translation>Notes et suivis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="140"/>
        <source>Notes about this member</source>
        <translation>Notes sur ce membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="150"/>
        <source>Selected note</source>
        <translation>Note sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="152"/>
        <source>Open in &amp;Notes</source>
        <translation>Ouvrir dans &amp;Notes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="188"/>
        <source>The chosen member</source>
        <translation>Le membre choisi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="194"/>
        <source>Pick a member to see their attendance and airtime over the weeks.</source>
        <translation>Choisissez un membre pour voir ses présences et son temps de parole au fil des semaines.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="262"/>
        <source>Choose a member…</source>
        <translation>Choisir un membre…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="267"/>
        <source>{alias} (left)</source>
        <translation>{alias} (parti)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="298"/>
        <source>In the group since {date}</source>
        <translation>Dans le groupe depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="300"/>
        <source>left {date}</source>
        <translation>parti le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="302"/>
        <source>seat {n}</source>
        <translation>place {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="305"/>
        <source>{attended} of %Ln sessions</source>
        <translation>
            <numerusform>{attended} sur %Ln séance</numerusform>
            <numerusform>{attended} sur %Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="309"/>
        <source>%Ln excused</source>
        <translation>
            <numerusform>%Ln absence excusée</numerusform>
            <numerusform>%Ln absences excusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="314"/>
        <source>sessions in a row · longest {n}</source>
        <translation>
            <numerusform>séance d’affilée · record : {n}</numerusform>
            <numerusform>séances d’affilée · record : {n}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="321"/>
        <source>in a row — worth a call</source>
        <translation>
            <numerusform>d’affilée — à appeler</numerusform>
            <numerusform>d’affilée — à appeler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="323"/>
        <source>in a row</source>
        <translation>
            <numerusform>d’affilée</numerusform>
            <numerusform>d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="328"/>
        <source>times · spoke {turns}</source>
        <translation>
            <numerusform>fois · {turns}</numerusform>
            <numerusform>fois · {turns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="335"/>
        <source>sessions in a row with little said</source>
        <translation>
            <numerusform>séance d’affilée avec peu de parole</numerusform>
            <numerusform>séances d’affilée avec peu de parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="337"/>
        <source>sessions</source>
        <translation>
            <numerusform>séance</numerusform>
            <numerusform>séances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="354"/>
        <source>Airtime share per session — the last {shown} of {total}</source>
        <translation>Part du temps de parole par séance — les {shown} dernières sur {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="362"/>
        <source>Version {v} · signed {date}</source>
        <translation>Version {v} · signée le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="369"/>
        <source>Has not signed a version of the rules yet.</source>
        <translation>N’a encore signé aucune version des règles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="385"/>
        <source>The group's rules are at version {v}.</source>
        <translation>Les règles du groupe en sont à la version {v}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="387"/>
        <source>✓ Signed.</source>
        <translation>✓ Signée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="389"/>
        <source>Not signed yet.</source>
        <translation>Pas encore signée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="400"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="402"/>
        <source>%Ln open follow-ups</source>
        <translation>
            <numerusform>%Ln suivi en cours</numerusform>
            <numerusform>%Ln suivis en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="423"/>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="425"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="58"/>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="59"/>
        <source>Add a member to this group (Ctrl+N)</source>
        <translation>Ajouter un membre à ce groupe (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="63"/>
        <source>Members in seat order</source>
        <translation>Membres dans l’ordre des places</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="65"/>
        <source>Drag to change seats, or use Alt+Up and Alt+Down.</source>
        <translation>Faites glisser pour changer les places, ou utilisez Alt+Haut et Alt+Bas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="67"/>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="68"/>
        <source>Move one seat earlier (Alt+Up)</source>
        <translation>Avancer d’une place (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="70"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="71"/>
        <source>Move one seat later (Alt+Down)</source>
        <translation>Reculer d’une place (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="74"/>
        <source>Show members who &amp;left</source>
        <translation>Afficher &amp;les membres partis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="78"/>
        <source>Seat order is the order of rounds. Drag to change it.</source>
        <translation>L’ordre des places est l’ordre des tours de table. Faites glisser pour le changer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="89"/>
        <source>Print sign-in s&amp;heet…</source>
        <translation>&amp;Imprimer la feuille d’émargement…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="104"/>
        <source>First name or nickname</source>
        <translation>Prénom ou surnom</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="107"/>
        <source>What the room sees. Must be different from everyone else in this group.</source>
        <translation>Ce que la salle voit. Doit être différent de celui des autres membres du groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="114"/>
        <source>Al&amp;ias:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="118"/>
        <source>Private — encrypted</source>
        <translation>Privé — chiffré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="121"/>
        <source>Phone or email</source>
        <translation>Téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="125"/>
        <source>Anything you need to remember (access needs, who referred them…)</source>
        <translation>Tout ce dont vous devez vous souvenir (besoins d’accessibilité, qui l’a orienté vers le groupe…)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="129"/>
        <source>Shown only on this screen. Stored encrypted with your passphrase; never on the room display or handouts.</source>
        <translation>Affiché uniquement sur cet écran. Chiffré avec votre phrase secrète ; jamais sur l’écran de salle ni sur les documents.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="139"/>
        <source>Full &amp;name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="140"/>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="141"/>
        <source>&amp;Remarks:</source>
        <translation>&amp;Remarques :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="144"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="145"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Enregistrer (Ctrl+S ou Entrée)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="147"/>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>Mark as l&amp;eft</source>
        <translation>Marq&amp;uer comme parti</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="158"/>
        <source>E&amp;xport member record…</source>
        <translation>E&amp;xporter la fiche du membre…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="159"/>
        <source>A file with everything held about this member</source>
        <translation>Un fichier avec tout ce qui est conservé sur ce membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="161"/>
        <source>Erase &amp;member…</source>
        <translation>E&amp;ffacer le membre…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="162"/>
        <source>Remove this member and their history for good</source>
        <translation>Supprimer définitivement ce membre et son historique</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="164"/>
        <source>En&amp;ter a measure…</source>
        <translation>Saisir un &amp;questionnaire…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="165"/>
        <source>Type in a PHQ-9, GAD-7 or your own measure</source>
        <translation>Saisir un PHQ-9, un GAD-7 ou votre propre questionnaire</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="195"/>
        <source>Create a group on the Groups page first; its members are listed here.</source>
        <translation>Créez d’abord un groupe dans la page Groupes ; ses membres s’affichent ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="222"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="288"/>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="290"/>
        <source>Damaged record</source>
        <translation>Fiche endommagée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="292"/>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="317"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/members_page.py" line="326"/>
        <source>{group} · %Ln in seat order</source>
        <translation>
            <numerusform>{group} · %Ln membre dans l’ordre des places</numerusform>
            <numerusform>{group} · %Ln membres dans l’ordre des places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>R&amp;ejoin</source>
        <translation>Réintégrer le gro&amp;upe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>the new member</source>
        <translation>le nouveau membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>this member</source>
        <translation>ce membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="196"/>
        <source>Seat order saved.</source>
        <translation>Ordre des places enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="219"/>
        <source>Member erased, backups included: {deleted} notes removed, their name taken out of {kept} others.</source>
        <translation>Membre effacé, sauvegardes comprises : {deleted} notes supprimées, son nom retiré de {kept} autres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="237"/>
        <source>Marked as left. Their history is kept.</source>
        <translation>Marqué comme parti. Son historique est conservé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="239"/>
        <source>Tick “Show members who left” to see them.</source>
        <translation>Cochez « Afficher les membres partis » pour le voir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="241"/>
        <source>Welcome back: rejoined the group.</source>
        <translation>Bon retour : le membre a réintégré le groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member added.</source>
        <translation>Membre ajouté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member saved.</source>
        <translation>Membre enregistré.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="154"/>
        <source>Several unrelated words</source>
        <translation>Plusieurs mots sans rapport entre eux</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="161"/>
        <source>Su&amp;ggest one</source>
        <translation>&amp;Suggérer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="163"/>
        <source>Fill in a strong passphrase of six random words, for you to write down</source>
        <translation>Remplir avec une phrase secrète solide de six mots tirés au hasard, à noter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="188"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="222"/>
        <source>No passphrase can be suggested: the word list is missing from this installation. Four or more unrelated words of your own work as well.</source>
        <translation>Aucune phrase secrète ne peut être suggérée : la liste de mots manque dans cette installation. Quatre mots ou plus de votre choix, sans rapport entre eux, conviennent aussi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="234"/>
        <source>Your new passphrase, filled in above:</source>
        <translation>Votre nouvelle phrase secrète, remplie ci-dessus :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="237"/>
        <source>Write it down now, exactly as shown, and keep it somewhere safe.</source>
        <translation>Notez-la maintenant, exactement comme elle apparaît, et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="273"/>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="55"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="57"/>
        <source>Members this note is about</source>
        <translation>Membres concernés par cette note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="61"/>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="131"/>
        <source>Tick the members this note is about.</source>
        <translation>Cochez les membres concernés par cette note.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="65"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="66"/>
        <source>&amp;Follow up</source>
        <translation>À s&amp;uivre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="67"/>
        <source>List this note under Follow-ups</source>
        <translation>Faire figurer cette note dans Suivis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="68"/>
        <source>D&amp;ue by</source>
        <translation>Pour &amp;le</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="71"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="73"/>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="74"/>
        <source>The follow-up has been done</source>
        <translation>Le suivi a été fait</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="122"/>
        <source>{alias} (left)</source>
        <translation>{alias} (parti)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="133"/>
        <source>This group has no members yet.</source>
        <translation>Ce groupe n’a pas encore de membres.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor.py" line="40"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="89"/>
        <source>About {names}</source>
        <translation>Concerne {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="103"/>
        <source>Followed up ✓</source>
        <translation>Suivi fait ✓</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="105"/>
        <source>Follow up by {date}</source>
        <translation>À suivre d’ici le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="106"/>
        <source>To follow up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="194"/>
        <source>⚠ Damaged note</source>
        <translation>⚠ Note endommagée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="195"/>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="180"/>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="184"/>
        <source>Quick note</source>
        <translation>Note rapide</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="181"/>
        <source>&amp;Quick note (only you see it)</source>
        <translation>&amp;Note rapide (vous seul la voyez)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="183"/>
        <source>Type, then Enter saves it (encrypted)</source>
        <translation>Écrivez, Entrée enregistre (chiffré)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="186"/>
        <source>Enter saves · Shift+Enter starts a new line · Esc goes back to the room</source>
        <translation>Entrée enregistre · Maj+Entrée pour un retour à la ligne · Échap pour revenir à la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="264"/>
        <source>Saved, encrypted · about {name}</source>
        <translation>Enregistrée, chiffrée · concerne {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="266"/>
        <source>Saved, encrypted · not linked to anyone</source>
        <translation>Enregistrée, chiffrée · ne concerne personne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="365"/>
        <source>About nobody: no one is speaking</source>
        <translation>Ne concerne personne : personne ne parle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="372"/>
        <source>About {name}</source>
        <translation>Concerne {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="374"/>
        <source>Link the note to {name}, who was speaking ({key})</source>
        <translation>Lier la note à {name}, qui parlait ({key})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="379"/>
        <source>{key} links</source>
        <translation>{key} : lier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="381"/>
        <source>{key} unlinks</source>
        <translation>{key} : délier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="419"/>
        <source>Too long for a quick note ({n} of %Ln characters). Shorten it, or write it on the Notes page.</source>
        <translation>
            <numerusform>Trop longue pour une note rapide ({n} sur %Ln caractère). Raccourcissez-la, ou écrivez-la dans la page Notes.</numerusform>
            <numerusform>Trop longue pour une note rapide ({n} sur %Ln caractères). Raccourcissez-la, ou écrivez-la dans la page Notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteShareBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="29"/>
        <source>For &amp;co-facilitators</source>
        <translation>Pour les &amp;co-animateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="61"/>
        <source>Only a note of a shared group can go to its co-facilitators. This note stays on this laptop.</source>
        <translation>Seule une note d’un groupe partagé peut aller à ses co-animateurs. Cette note reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="68"/>
        <source>Ticked, this note is read by this group's co-facilitators (other laptops: {count}), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation>Cochée, cette note est lue par les co-animateurs de ce groupe (autres ordinateurs : {count}), scellée avec la clé du groupe. Décochée, elle reste sur cet ordinateur et est retirée des leurs.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="108"/>
        <source>This note goes to the co-facilitators at the next sync.</source>
        <translation>Cette note partira vers les co-animateurs à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="110"/>
        <source>This note is taken back from the co-facilitators at the next sync.</source>
        <translation>Cette note sera retirée aux co-animateurs à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="21"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="22"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="23"/>
        <source>What happened in the session, in your own words.</source>
        <translation>Ce qui s’est passé pendant la séance, avec vos propres mots.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="24"/>
        <source>DAP (Data, Assessment, Plan)</source>
        <translation>DAP (Données, Analyse, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="25"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="26"/>
        <source>What was said and done: the topics, what members brought, what you saw.</source>
        <translation>Ce qui a été dit et fait : les sujets abordés, ce que les membres ont apporté, ce que vous avez observé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="29"/>
        <source>Assessment</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="30"/>
        <source>Your reading of it: the group's process, themes, progress, concerns.</source>
        <translation>Votre lecture : la dynamique du groupe, les thèmes, les progrès, les inquiétudes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="33"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="34"/>
        <source>What comes next: the next session's focus, follow-ups.</source>
        <translation>La suite : le thème de la prochaine séance, les suivis.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="35"/>
        <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
        <translation>BIRP (Comportement, Intervention, Réaction, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="36"/>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="37"/>
        <source>What members showed and said: mood, participation, how they related.</source>
        <translation>Ce que les membres ont montré et dit : humeur, participation, relations entre eux.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="40"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="41"/>
        <source>What you did: the topics, prompts and techniques.</source>
        <translation>Ce que vous avez fait : sujets, relances et techniques.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="42"/>
        <source>Response</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="43"/>
        <source>How the group and its members responded.</source>
        <translation>Comment le groupe et ses membres ont réagi.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="44"/>
        <source>Next steps: the next session's focus and follow-ups.</source>
        <translation>Pour la suite : le thème de la prochaine séance et les suivis.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="45"/>
        <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
        <translation>SOAP (Subjectif, Objectif, Analyse, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="46"/>
        <source>Subjective</source>
        <translation>Subjectif</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="47"/>
        <source>What members reported in their own words: the concerns they brought.</source>
        <translation>Ce que les membres ont rapporté avec leurs mots : les préoccupations qu’ils ont apportées.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="50"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="51"/>
        <source>What you observed: attendance, participation, affect, interactions.</source>
        <translation>Ce que vous avez observé : présences, participation, affects, interactions.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="54"/>
        <source>Your assessment of the group's process and progress.</source>
        <translation>Votre analyse de la dynamique et des progrès du groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="55"/>
        <source>The next session's focus, tasks agreed, follow-ups.</source>
        <translation>Le thème de la prochaine séance, les tâches convenues, les suivis.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="31"/>
        <source>Write here. It is saved as you type, encrypted.</source>
        <translation>Écrivez ici. C’est enregistré au fur et à mesure, chiffré.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="40"/>
        <source>This note is damaged and cannot be shown. The other notes are fine; you can delete this one.</source>
        <translation>Cette note est endommagée et ne peut pas être affichée. Les autres notes ne sont pas touchées ; vous pouvez supprimer celle-ci.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="68"/>
        <source>Choose a note on the left, or start a new one with New note (Ctrl+N).</source>
        <translation>Choisissez une note à gauche, ou commencez-en une avec Nouvelle note (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="124"/>
        <source>New note — saved as soon as you type.</source>
        <translation>Nouvelle note — enregistrée dès que vous tapez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="150"/>
        <source>Saved · encrypted</source>
        <translation>Enregistrée · chiffrée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="154"/>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="158"/>
        <source>Not saved yet: {reason}</source>
        <translation>Pas encore enregistrée : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="165"/>
        <source>Written {when}</source>
        <translation>Écrite {when}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="166"/>
        <source>Written {when}
Changed {changed}</source>
        <translation>Écrite {when}
Modifiée {changed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="35"/>
        <source>All &amp;groups</source>
        <translation>&amp;Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="36"/>
        <source>List the notes of every group</source>
        <translation>Afficher les notes de tous les groupes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="39"/>
        <source>Notes about</source>
        <translation>Notes concernant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="43"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="44"/>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="45"/>
        <source>Follow-up open</source>
        <translation>Suivi en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="46"/>
        <source>Follow-up done</source>
        <translation>Suivi fait</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="48"/>
        <source>A&amp;bout:</source>
        <translation>C&amp;oncerne :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="50"/>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="93"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="98"/>
        <source>{alias} (left)</source>
        <translation>{alias} (parti)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="60"/>
        <source>The newest %Ln notes. Search to find older ones.</source>
        <translation>
            <numerusform>La note la plus récente. Lancez une recherche pour trouver les plus anciennes.</numerusform>
            <numerusform>Les %Ln notes les plus récentes. Lancez une recherche pour trouver les plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="62"/>
        <source>No notes here yet.</source>
        <translation>Pas encore de note ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="77"/>
        <source>Create a group on the Groups page to write notes about it.</source>
        <translation>Créez un groupe dans la page Groupes pour écrire des notes à son sujet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="90"/>
        <source>No note holds all of these words, in its text or in the names of the members it is about.</source>
        <translation>Aucune note ne contient tous ces mots, ni dans son texte ni dans les noms des membres concernés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="95"/>
        <source>The newest %Ln matching notes, from all groups. Add a word to narrow.</source>
        <translation>
            <numerusform>La note correspondante la plus récente, tous groupes confondus. Ajoutez un mot pour affiner.</numerusform>
            <numerusform>Les %Ln notes correspondantes les plus récentes, tous groupes confondus. Ajoutez un mot pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="101"/>
        <source>%Ln matching notes, from all groups.</source>
        <translation>
            <numerusform>%Ln note correspondante, tous groupes confondus.</numerusform>
            <numerusform>%Ln notes correspondantes, tous groupes confondus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up marked done.</source>
        <translation>Suivi marqué comme fait.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up open again.</source>
        <translation>Suivi rouvert.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="316"/>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="66"/>
        <source>Search all notes, or who they are about (Ctrl+F)</source>
        <translation>Rechercher dans toutes les notes, ou par personne concernée (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="68"/>
        <source>Search all notes</source>
        <translation>Rechercher dans toutes les notes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="70"/>
        <source>Finds the notes that hold every word, in their text or in the alias or full name of a member they are about.</source>
        <translation>Trouve les notes qui contiennent tous les mots, dans leur texte ou dans le prénom ou le nom complet d’un membre concerné.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="77"/>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="78"/>
        <source>Start a new note in this group (Ctrl+N)</source>
        <translation>Commencer une nouvelle note dans ce groupe (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="79"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="80"/>
        <source>Delete this note for good</source>
        <translation>Supprimer définitivement cette note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="93"/>
        <source>Notes, newest first</source>
        <translation>Notes, la plus récente en haut</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="168"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="228"/>
        <source>this note</source>
        <translation>cette note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="303"/>
        <source>Search in every group · encrypted</source>
        <translation>Recherche dans tous les groupes · chiffré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="305"/>
        <source>All groups · newest first · encrypted</source>
        <translation>Tous les groupes · la plus récente en haut · chiffré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="308"/>
        <source>{group} · newest first · encrypted</source>
        <translation>{group} · la plus récente en haut · chiffré</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="392"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="393"/>
        <source>Delete this note?</source>
        <translation>Supprimer cette note ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="394"/>
        <source>It is removed from the workspace for good, together with its follow-up. This cannot be undone.</source>
        <translation>Elle est retirée définitivement de l’espace de travail, avec son suivi. Impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="398"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/presenter.py" line="89"/>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
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
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="74"/>
        <source>Tip: several unrelated words, like “lantern orbit velvet seven”.</source>
        <translation>Astuce : plusieurs mots sans rapport entre eux, comme « lanterne orbite velours sept ».</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="76"/>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="78"/>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Suffisante. Un mot de plus sans rapport la rendrait solide.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="83"/>
        <source>Try four or more unrelated words, or let the app suggest some.</source>
        <translation>Essayez quatre mots ou plus sans rapport entre eux, ou laissez l’application en suggérer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="91"/>
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Trop courte : utilisez au moins %Ln caractère.</numerusform>
            <numerusform>Trop courte : utilisez au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="93"/>
        <source>This is one of the most common passwords; anyone trying to open the file would try it early.</source>
        <translation>C’est l’un des mots de passe les plus courants ; quiconque tenterait d’ouvrir le fichier l’essaierait très tôt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="98"/>
        <source>It is built on a common password; anyone trying to open the file would try those early, with the usual additions.</source>
        <translation>Elle repose sur un mot de passe courant ; quiconque tenterait d’ouvrir le fichier les essaierait très tôt, avec les ajouts habituels.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="103"/>
        <source>Look-alike symbols (like @ for a) or a word spelled backwards fool nobody: they are among the first things tried.</source>
        <translation>Les symboles ressemblants (comme @ pour a) ou un mot écrit à l’envers ne trompent personne : ils font partie des premiers essais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="108"/>
        <source>Names, alone or with a year, are among the first things anyone trying to open the file would guess.</source>
        <translation>Les prénoms, seuls ou avec une année, sont parmi les premières choses qu’on essaierait pour ouvrir le fichier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="113"/>
        <source>A common word or two on their own are easy to guess.</source>
        <translation>Un ou deux mots courants, seuls, sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="115"/>
        <source>Words about this app or its work, like “group” or “facilitator”, are the first anyone would try here.</source>
        <translation>Les mots liés à cette application ou à son usage, comme « groupe » ou « animateur », sont les premiers qu’on essaierait ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="120"/>
        <source>Keys next to each other on the keyboard, like “qwerty” or “asdfgh”, are tried early.</source>
        <translation>Les touches voisines sur le clavier, comme « azerty » ou « qsdfgh », sont essayées très tôt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="125"/>
        <source>Repeated letters or words, like “aaaaaaaa”, add almost nothing.</source>
        <translation>Les lettres ou mots répétés, comme « aaaaaaaa », n’ajoutent presque rien.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="127"/>
        <source>Sequences like “12345678” or “abcdef” are tried early.</source>
        <translation>Les suites comme « 12345678 » ou « abcdef » sont essayées très tôt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="129"/>
        <source>Dates and years, like a birthday, are easy to guess.</source>
        <translation>Les dates et les années, comme un anniversaire, sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="131"/>
        <source>A computer trying every possibility would find this before long.</source>
        <translation>Un ordinateur qui essaierait toutes les possibilités la trouverait assez vite.</translation>
    </message>
</context>
<context>
    <name>PlanActualBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="43"/>
        <source>Planned and actual time per segment</source>
        <translation>Temps prévu et temps réel par étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="49"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name} : {actual} sur {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="87"/>
        <source>{name}: planned {planned}, took {actual} ({delta})</source>
        <translation>{name} : prévu {planned}, réel {actual} ({delta})</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="73"/>
        <source>Handout preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="94"/>
        <source>Updating the preview</source>
        <translation>Mise à jour de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="127"/>
        <source>The preview could not be shown.</source>
        <translation>L’aperçu n’a pas pu être affiché.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="297"/>
        <source>Your details on handouts</source>
        <translation>Vos coordonnées sur les documents</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="299"/>
        <source>Your name as members know it</source>
        <translation>Votre nom tel que les membres le connaissent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="301"/>
        <source>Phone or email for members</source>
        <translation>Téléphone ou e-mail pour les membres</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="303"/>
        <source>e.g. Samaritans: 116 123, day or night</source>
        <translation>ex. : SOS Amitié : 09 72 39 40 50, jour et nuit</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="310"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="311"/>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="312"/>
        <source>Support lin&amp;e:</source>
        <translation>Ligne &amp;d’écoute :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="315"/>
        <source>Printed on ground rules and sign-in sheets, for every group.</source>
        <translation>Imprimées sur les règles du groupe et les feuilles d’émargement, pour tous les groupes.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="25"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="26"/>
        <source>You have unsaved changes to {what}.</source>
        <translation>Vous avez modifié {what} sans enregistrer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="27"/>
        <source>Save them before you go on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="62"/>
        <source>{app} — recovery key</source>
        <translation>{app} — clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="63"/>
        <source>Made on {date}.</source>
        <translation>Créée le {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="64"/>
        <source>This key opens your workspace if the passphrase is forgotten. On the unlock screen choose “Use recovery key”, type the key (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>Cette clé ouvre votre espace de travail si la phrase secrète est oubliée. Sur l’écran de déverrouillage, choisissez « Utiliser la clé de récupération », tapez la clé (les espaces et les tirets n’ont pas d’importance), puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="69"/>
        <source>Anyone who has this paper can open your notes. Keep it locked away, not with the laptop.</source>
        <translation>Toute personne qui possède ce papier peut ouvrir vos notes. Rangez-le sous clé, pas avec l’ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="90"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="107"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="164"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="93"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="95"/>
        <source>If you ever forget your passphrase, this key opens the workspace and lets you choose a new one.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, cette clé ouvre l’espace de travail et vous permet d’en choisir une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="115"/>
        <source>&lt;b&gt;This is the only time the key is shown.&lt;/b&gt; Print it or write it down now, and keep it somewhere safe away from this laptop. Anyone who has it can open your notes.</source>
        <translation>&lt;b&gt;C’est la seule fois où la clé est affichée.&lt;/b&gt; Imprimez-la ou notez-la maintenant, et rangez-la en lieu sûr, loin de cet ordinateur. Toute personne qui la possède peut ouvrir vos notes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="127"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="129"/>
        <source>Copy to paste into a password manager; cleared when this window closes</source>
        <translation>Copier pour la coller dans un gestionnaire de mots de passe ; effacée du presse-papiers à la fermeture de cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="131"/>
        <source>I have &amp;stored it safely</source>
        <translation>Je l’ai &amp;rangée en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="166"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="173"/>
        <source>Copied. The clipboard is cleared when this window closes.</source>
        <translation>Copiée. Le presse-papiers sera vidé à la fermeture de cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEdit</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="26"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="45"/>
        <source>Type the recovery key you printed or wrote down when you set it up. Spaces, dashes and upper or lower case do not matter. Then choose a new passphrase.</source>
        <translation>Tapez la clé de récupération que vous avez imprimée ou notée lors de sa création. Les espaces, les tirets, les majuscules et les minuscules n’ont pas d’importance. Choisissez ensuite une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="59"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé :</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="44"/>
        <source>real-time clock</source>
        <translation>horloge en temps réel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="45"/>
        <source>clock {n}× faster</source>
        <translation>horloge {n}× plus rapide</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="51"/>
        <source>Rehearsal summary</source>
        <translation>Bilan de l’entraînement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="52"/>
        <source>Rehearsal</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="56"/>
        <source>Nothing of this rehearsal was kept: when this closes, it is gone.</source>
        <translation>Rien de cet entraînement n’a été conservé : il disparaît à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="79"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="89"/>
        <source>End the open session before rehearsing.</source>
        <translation>Terminez la séance ouverte avant de vous entraîner.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="97"/>
        <source>Sample group</source>
        <translation>Groupe d’exemple</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="108"/>
        <source>Rehearsal open on invented members: mark who is here, then press Space. Nothing of it is kept.</source>
        <translation>Entraînement ouvert avec des membres fictifs : notez qui est présent, puis appuyez sur Espace. Rien n’en sera conservé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="129"/>
        <source>Stop rehearsal</source>
        <translation>Arrêter l’entraînement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="130"/>
        <source>Stop the rehearsal?</source>
        <translation>Arrêter l’entraînement ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="131"/>
        <source>Its clock never started. Nothing of it is kept.</source>
        <translation>Son chronomètre n’a jamais démarré. Rien n’en est conservé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="132"/>
        <source>&amp;Stop rehearsal</source>
        <translation>&amp;Arrêter l’entraînement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="137"/>
        <source>Rehearsal stopped. Nothing of it was kept.</source>
        <translation>Entraînement arrêté. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="140"/>
        <source>End rehearsal</source>
        <translation>Terminer l’entraînement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="141"/>
        <source>End the rehearsal now?</source>
        <translation>Terminer l’entraînement maintenant ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="142"/>
        <source>You see its summary once, then it is gone: nothing of a rehearsal is kept in History, attendance, follow-ups, notes or backups.</source>
        <translation>Vous verrez son bilan une seule fois, puis il disparaîtra : rien d’un entraînement n’est conservé dans l’historique, les présences, les suivis, les notes ou les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="146"/>
        <source>&amp;End rehearsal</source>
        <translation>&amp;Terminer l’entraînement</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="154"/>
        <source>Rehearsal ended. Nothing of it was kept.</source>
        <translation>Entraînement terminé. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="160"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="161"/>
        <source>Quit in the middle of the rehearsal?</source>
        <translation>Quitter en plein entraînement ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="162"/>
        <source>Nothing of a rehearsal is kept: the next start will not offer it again.</source>
        <translation>Rien d’un entraînement n’est conservé : il ne sera pas proposé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="198"/>
        <source>Rehearsal · invented members · {speed}. Nothing of it is kept: not in History, attendance, follow-ups, notes or backups.</source>
        <translation>Entraînement · membres fictifs · {speed}. Rien n’en est conservé : ni dans l’historique, ni dans les présences, les suivis, les notes ou les sauvegardes.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="38"/>
        <source>The workspace file is missing from this folder and no backup was restored. Unlock again to look at the backups once more, or quit and start the app again to begin a new, empty workspace (the backups are kept).</source>
        <translation>Le fichier de l’espace de travail est absent de ce dossier et aucune sauvegarde n’a été restaurée. Déverrouillez de nouveau pour revoir les sauvegardes, ou quittez et relancez l’application pour commencer un nouvel espace de travail vide (les sauvegardes sont conservées).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="52"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="80"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace missing</source>
        <translation>Espace de travail introuvable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="53"/>
        <source>The workspace file is missing from this folder.</source>
        <translation>Le fichier de l’espace de travail est absent de ce dossier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="55"/>
        <source>Its backups folder holds copies of a workspace. Restore the newest one that opens with your passphrase (you type it next), or start a new, empty workspace. The backups are kept either way.</source>
        <translation>Son dossier de sauvegardes contient des copies d’un espace de travail. Restaurez la plus récente qui s’ouvre avec votre phrase secrète (vous la saisirez ensuite), ou commencez un nouvel espace de travail vide. Dans les deux cas, les sauvegardes sont conservées.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="61"/>
        <source>&amp;Restore a backup</source>
        <translation>&amp;Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="62"/>
        <source>&amp;Start a new workspace</source>
        <translation>&amp;Commencer un nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="81"/>
        <source>The workspace file is missing from this folder. Restore the backup made {made}?</source>
        <translation>Le fichier de l’espace de travail est absent de ce dossier. Restaurer la sauvegarde du {made} ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="84"/>
        <source>Changes made after the backup are not in it.</source>
        <translation>Les modifications faites après la sauvegarde n’y figurent pas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="86"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace damaged</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="87"/>
        <source>This workspace is damaged. Restore the backup made {made}?</source>
        <translation>Cet espace de travail est endommagé. Restaurer la sauvegarde du {made} ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="88"/>
        <source>The damaged file is kept beside it, renamed, in case it can be repaired. Changes made after the backup are not in it.</source>
        <translation>Le fichier endommagé est conservé à côté, renommé, au cas où il pourrait être réparé. Les modifications faites après la sauvegarde n’y figurent pas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="98"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="110"/>
        <source>A newer backup, made {made}, is damaged and was skipped.</source>
        <translation>Une sauvegarde plus récente, du {made}, est endommagée et a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="111"/>
        <source>A newer backup, made {made}, was skipped: the part that the passphrase opens is damaged.</source>
        <translation>Une sauvegarde plus récente, du {made}, a été ignorée : la partie que la phrase secrète ouvre est endommagée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="115"/>
        <source>A newer backup, made {made}, does not open with this passphrase and was skipped.</source>
        <translation>Une sauvegarde plus récente, du {made}, ne s’ouvre pas avec cette phrase secrète et a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="118"/>
        <source>A newer backup, made {made}, was saved by a newer version of the app and was skipped.</source>
        <translation>Une sauvegarde plus récente, du {made}, a été enregistrée par une version plus récente de l’application et a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="129"/>
        <source>The backup made {made} is damaged.</source>
        <translation>La sauvegarde du {made} est endommagée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="130"/>
        <source>The backup made {made}: the part that the passphrase opens is damaged.</source>
        <translation>La sauvegarde du {made} : la partie que la phrase secrète ouvre est endommagée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="133"/>
        <source>The backup made {made} does not open with this passphrase.</source>
        <translation>La sauvegarde du {made} ne s’ouvre pas avec cette phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="134"/>
        <source>The backup made {made} was saved by a newer version of the app.</source>
        <translation>La sauvegarde du {made} a été enregistrée par une version plus récente de l’application.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="152"/>
        <source>… and %Ln older ones.</source>
        <translation>
            <numerusform>… et %Ln plus ancienne.</numerusform>
            <numerusform>… et %Ln plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="158"/>
        <source>If you keep another copy (a backup or an export, on a USB stick for example), choose it: it is checked before anything is replaced.</source>
        <translation>Si vous avez une autre copie (une sauvegarde ou un export, sur une clé USB par exemple), choisissez-la : elle est vérifiée avant que quoi que ce soit ne soit remplacé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="168"/>
        <source>None of the backups in this folder can be restored.</source>
        <translation>Aucune des sauvegardes de ce dossier ne peut être restaurée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="170"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="178"/>
        <source>Choose a backup or an exported workspace</source>
        <translation>Choisir une sauvegarde ou un espace de travail exporté</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="180"/>
        <source>Workspace files (*.db *.fdw);;All files (*)</source>
        <translation>Fichiers d’espace de travail (*.db *.fdw);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="26"/>
        <source>Interrupted session</source>
        <translation>Séance interrompue</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="28"/>
        <source>A session of {group} was interrupted at {time}. Resume it?</source>
        <translation>Une séance de {group} a été interrompue à {time}. La reprendre ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="33"/>
        <source>Nothing was lost. It waits, paused, until you press Space; a member who was speaking has their turn ended at {time}.</source>
        <translation>Rien n’a été perdu. Elle attend, en pause, jusqu’à ce que vous appuyiez sur Espace ; la prise de parole d’un membre qui parlait se termine à {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="38"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="39"/>
        <source>&amp;End it now</source>
        <translation>&amp;Terminer maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="40"/>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
</context>
<context>
    <name>RoomBand</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="130"/>
        <source>Rehearsal · practice only</source>
        <translation>Entraînement · pour s’exercer</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="132"/>
        <source>The room display stays closed.</source>
        <translation>L’écran de salle reste fermé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="254"/>
        <source>Mirrored screens</source>
        <translation>Écrans en miroir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="255"/>
        <source>Another screen shows the same picture as yours.</source>
        <translation>Un autre écran affiche la même image que le vôtre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="257"/>
        <source>A projector set to mirror shows the room your private panels: who is here, airtime, your notes. The room view can cover them, or a blank screen can. F11 or Esc brings your panels back.</source>
        <translation>Un projecteur en mode miroir montre à la salle vos panneaux privés : qui est présent, le temps de parole, vos notes. La vue salle peut les couvrir, ou un écran noir. F11 ou Échap fait revenir vos panneaux.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="263"/>
        <source>Show the &amp;room view</source>
        <translation>Afficher la &amp;vue salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="264"/>
        <source>&amp;Blank the screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="279"/>
        <source>Room view on this screen · F11 or Esc: back to your panels</source>
        <translation>Vue salle sur cet écran · F11 ou Échap : retour à vos panneaux</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="281"/>
        <source>Room view here and on the mirrored screen · F11 or Esc: back to your panels, which the room then sees · B: blank</source>
        <translation>Vue salle ici et sur l’écran en miroir · F11 ou Échap : retour à vos panneaux, que la salle voit alors · B : écran noir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="289"/>
        <source>One screen: the room view fills it. F11 or Esc brings your panels back.</source>
        <translation>Un seul écran : la vue salle le remplit. F11 ou Échap fait revenir vos panneaux.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="293"/>
        <source>Your screen is mirrored: the room view covers your panels. F11 or Esc brings them back, and the room sees them then.</source>
        <translation>Votre écran est en miroir : la vue salle couvre vos panneaux. F11 ou Échap les fait revenir, et la salle les voit alors.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="297"/>
        <source>Room display full screen on {screen}. F11 closes it.</source>
        <translation>Écran de salle en plein écran sur {screen}. F11 pour le fermer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="298"/>
        <source>the other screen</source>
        <translation>l’autre écran</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="301"/>
        <source>Careful: {screen} mirrors your screen, so the room sees your panels there.</source>
        <translation>Attention : {screen} reproduit votre écran, la salle y voit donc vos panneaux.</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="137"/>
        <source>Room display</source>
        <translation>Écran de salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="163"/>
        <source>Time left in this segment</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="196"/>
        <source>Now speaking</source>
        <translation>La parole est à</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="193"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="197"/>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="43"/>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Starting soon</source>
        <translation>On commence bientôt</translation>
    </message>
</context>
<context>
    <name>RoomVoice</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="98"/>
        <source>{name} speaking now</source>
        <translation>La parole est à {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="100"/>
        <source>Member {number} speaking now</source>
        <translation>La parole est au membre {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="104"/>
        <source>{segment}, over time</source>
        <translation>{segment}, temps dépassé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="105"/>
        <source>{segment}, {left}</source>
        <translation>{segment}, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="107"/>
        <source>Nearly done, {left}</source>
        <translation>Bientôt fini, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="109"/>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="115"/>
        <source>no time left</source>
        <translation>temps écoulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="116"/>
        <source>{minutes} left</source>
        <translation>il reste {minutes}</translation>
    </message>
</context>
<context>
    <name>RuleCardEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="49"/>
        <source>A few words, e.g. “One voice at a time”</source>
        <translation>Quelques mots, ex. : « Une seule voix à la fois »</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="54"/>
        <source>Title length</source>
        <translation>Longueur du titre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="62"/>
        <source>The rule as one plain sentence.</source>
        <translation>La règle en une phrase simple.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="67"/>
        <source>Optional: why this rule helps the group.</source>
        <translation>Facultatif : en quoi cette règle aide le groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="71"/>
        <source>Reason length</source>
        <translation>Longueur du pourquoi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="84"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="88"/>
        <source>S&amp;tatement:</source>
        <translation>Énon&amp;cé :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="90"/>
        <source>Wh&amp;y:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="167"/>
        <source>Keep the reason under %Ln characters (this one has {n}): it prints under the rule on cards and handouts.</source>
        <translation>
            <numerusform>Gardez le pourquoi sous %Ln caractère (celui-ci en a {n}) : il s’imprime sous la règle sur les cartes et les documents.</numerusform>
            <numerusform>Gardez le pourquoi sous %Ln caractères (celui-ci en a {n}) : il s’imprime sous la règle sur les cartes et les documents.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="180"/>
        <source>Give the card a short title.</source>
        <translation>Donnez un titre court à la carte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="183"/>
        <source>Titles are at most %Ln characters (this one has {n}).</source>
        <translation>
            <numerusform>Les titres font au plus %Ln caractère (celui-ci en a {n}).</numerusform>
            <numerusform>Les titres font au plus %Ln caractères (celui-ci en a {n}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="193"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Écrivez la règle en une phrase simple.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="196"/>
        <source>Keep the statement under {max} characters.</source>
        <translation>Gardez l’énoncé sous {max} caractères.</translation>
    </message>
</context>
<context>
    <name>RuleCardListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="57"/>
        <source>(untitled card)</source>
        <translation>(carte sans titre)</translation>
    </message>
</context>
<context>
    <name>RuleCardsOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="130"/>
        <source>Cut-out cards</source>
        <translation>Cartes à découper</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="131"/>
        <source>Folded table tents</source>
        <translation>Chevalets pliés</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="133"/>
        <source>Table tents fold across the middle and stand on the table, readable from both sides.</source>
        <translation>Les chevalets se plient au milieu et tiennent debout sur la table, lisibles des deux côtés.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="142"/>
        <source>Show the “why” u&amp;nder each rule</source>
        <translation>Afficher le « pourquoi » &amp;sous chaque règle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="145"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="146"/>
        <source>C&amp;ards per page:</source>
        <translation>Cartes p&amp;ar page :</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="60"/>
        <source>Rule set version</source>
        <translation>Version des règles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="62"/>
        <source>&amp;Version:</source>
        <translation>Versi&amp;on :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="70"/>
        <source>Print ground rules…</source>
        <translation>Imprimer les règles…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="72"/>
        <source>Print rule cards…</source>
        <translation>Imprimer les cartes…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="82"/>
        <source>Rule card library</source>
        <translation>Bibliothèque de cartes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="90"/>
        <source>&amp;Add to rule set  →</source>
        <translation>&amp;Ajouter aux règles  →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="91"/>
        <source>Add the selected library card (Enter)</source>
        <translation>Ajouter la carte sélectionnée de la bibliothèque (Entrée)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="96"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="106"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="124"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="255"/>
        <source>Rule set</source>
        <translation>Règles du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="108"/>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Faites glisser pour réordonner, ou utilisez Alt+Haut et Alt+Bas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="110"/>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="111"/>
        <source>Move the card up (Alt+Up)</source>
        <translation>Monter la carte (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="113"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="114"/>
        <source>Move the card down (Alt+Down)</source>
        <translation>Descendre la carte (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="116"/>
        <source>&amp;New card</source>
        <translation>&amp;Nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="117"/>
        <source>Write a card of your own (Ctrl+N)</source>
        <translation>Écrire votre propre carte (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="119"/>
        <source>&amp;Retire card</source>
        <translation>&amp;Retirer la carte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="121"/>
        <source>Leave this card out of the next version; earlier versions keep it.</source>
        <translation>Laisser cette carte hors de la prochaine version ; les versions précédentes la conservent.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="141"/>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="142"/>
        <source>Save the rule set as a new version (Ctrl+S)</source>
        <translation>Enregistrer les règles du groupe comme nouvelle version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="147"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="162"/>
        <source>Create a group on the Groups page first; its ground rules are set here.</source>
        <translation>Créez d’abord un groupe dans la page Groupes ; ses règles se définissent ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="192"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="197"/>
        <source>the rule set</source>
        <translation>les règles du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="235"/>
        <source>Working copy (based on version {n})</source>
        <translation>Brouillon (à partir de la version {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="237"/>
        <source>Working copy (not saved yet)</source>
        <translation>Brouillon (pas encore enregistré)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="241"/>
        <source>Version {n} · {date} · %Ln cards</source>
        <translation>
            <numerusform>Version {n} · {date} · %Ln carte</numerusform>
            <numerusform>Version {n} · {date} · %Ln cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="245"/>
        <source> (current)</source>
        <translation> (en vigueur)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="263"/>
        <source>You are looking at version {n} from {date}, read-only. Pick “Working copy” to edit the rules.</source>
        <translation>Vous consultez la version {n} du {date}, en lecture seule. Choisissez « Brouillon » pour modifier les règles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="272"/>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="322"/>
        <source>Unsaved changes to the rule set</source>
        <translation>Modifications des règles non enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="326"/>
        <source>Version {n} is current.</source>
        <translation>La version {n} est en vigueur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="330"/>
        <source>No rule set yet: add cards from the library.</source>
        <translation>Pas encore de règles : ajoutez des cartes depuis la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="339"/>
        <source>Ground rules of {group}</source>
        <translation>Règles du groupe {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="397"/>
        <source>That card is already in the rule set.</source>
        <translation>Cette carte fait déjà partie des règles du groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="425"/>
        <source>Card retired from the working set; earlier versions keep it.</source>
        <translation>Carte retirée du brouillon ; les versions précédentes la conservent.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="479"/>
        <source>Card {n} needs attention before saving.</source>
        <translation>La carte {n} est à revoir avant d’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="494"/>
        <source>No changes: version {n} stays current.</source>
        <translation>Aucune modification : la version {n} reste en vigueur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="496"/>
        <source>Saved as version {n}.</source>
        <translation>Enregistré comme version {n}.</translation>
    </message>
</context>
<context>
    <name>RulesRail</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="24"/>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="26"/>
        <source>Rule cards</source>
        <translation>Cartes de règles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="31"/>
        <source>Show  R</source>
        <translation>Afficher  R</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="32"/>
        <source>Show the selected card on the room display (R then its number)</source>
        <translation>Afficher la carte sélectionnée sur l’écran de salle (R puis son numéro)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide  Esc</source>
        <translation>Masquer  Échap</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide the card from the room display (Esc)</source>
        <translation>Masquer la carte de l’écran de salle (Échap)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="65"/>
        <source>No rule cards yet (Rules page).</source>
        <translation>Pas encore de cartes de règles (page Règles).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="90"/>
        <source>On the room display: {title}</source>
        <translation>Sur l’écran de salle : {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="93"/>
        <source>No card on the room display.</source>
        <translation>Aucune carte sur l’écran de salle.</translation>
    </message>
</context>
<context>
    <name>RunnerKeys</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="24"/>
        <source>Session and timer</source>
        <translation>Séance et chronomètre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="25"/>
        <source>Who speaks</source>
        <translation>Qui parle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="26"/>
        <source>Room display</source>
        <translation>Écran de salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="27"/>
        <source>Attendance, notes and the rest</source>
        <translation>Présences, notes et le reste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="87"/>
        <source>Show rule card 1–9 (R alone or R R: the selected card)</source>
        <translation>Afficher la carte de règle 1–9 (R seul ou R R : la carte sélectionnée)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="99"/>
        <source>Hide the rule card; cancel a number; leave a list</source>
        <translation>Masquer la carte de règle ; annuler un numéro ; quitter une liste</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="107"/>
        <source>Blank the room display at once; B again shows it</source>
        <translation>Écran de salle noir aussitôt ; B à nouveau pour le rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="117"/>
        <source>Open or close the room display</source>
        <translation>Ouvrir ou fermer l’écran de salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="128"/>
        <source>Start, pause or resume the session</source>
        <translation>Démarrer, mettre en pause ou reprendre la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="135"/>
        <source>Next segment (after the last: end the session)</source>
        <translation>Étape suivante (après la dernière : terminer la séance)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="142"/>
        <source>Previous segment</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="149"/>
        <source>One more minute for this segment</source>
        <translation>Une minute de plus pour cette étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="156"/>
        <source>Five more minutes for this segment</source>
        <translation>Cinq minutes de plus pour cette étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="164"/>
        <source>Next speaker (the second key: a clicker's forward)</source>
        <translation>Personne suivante (la deuxième touche : « suivant » d’une télécommande)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="172"/>
        <source>Back to the previous speaker (a clicker's back): a stray next leaves no turn</source>
        <translation>Personne précédente (télécommande) : annule un « suivant » par erreur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="183"/>
        <source>Pass: the member whose turn it is passes</source>
        <translation>Passe : le membre dont c’est le tour passe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="191"/>
        <source>“Come back to me”: the speaker goes to the round's end</source>
        <translation>« Revenez vers moi » : la personne passe en fin de tour de table</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="201"/>
        <source>End the turn without calling anyone</source>
        <translation>Terminer la prise de parole sans appeler personne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="209"/>
        <source>In a round: the speaker's check-in score, S then the number (only you see it)</source>
        <translation>En tour de table : score d’accueil de la personne qui parle, S puis le nombre (privé)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="220"/>
        <source>Move the selected member up the queue</source>
        <translation>Monter le membre sélectionné dans la file de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="227"/>
        <source>Move the selected member down the queue</source>
        <translation>Descendre le membre sélectionné dans la file de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="237"/>
        <source>Names on the room display: aliases, initials, none</source>
        <translation>Noms sur l’écran de salle : prénoms, initiales, aucun</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="248"/>
        <source>Attendance of member 1–9: Here, Late, Left early … (M, ↑↓, Enter: anyone)</source>
        <translation>Présence du membre 1–9 : Présent, Retard… (M, ↑↓, Entrée : tout membre)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="260"/>
        <source>Write a quick note: Enter saves it, Esc goes back</source>
        <translation>Écrire une note rapide : Entrée l’enregistre, Échap pour revenir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="268"/>
        <source>Show these keys</source>
        <translation>Afficher ces touches</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="280"/>
        <source>This member joins the queue; before a round they start it, speaking</source>
        <translation>Ce membre rejoint la file ; avant un tour de table, il le commence</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="290"/>
        <source>Members from 10 up: 0 then two digits (0 1 2: member 12)</source>
        <translation>Membres à partir de 10 : 0 puis deux chiffres (0 1 2 : membre 12)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="298"/>
        <source>In the queue: take the selected member out</source>
        <translation>Dans la file de parole : retirer le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="303"/>
        <source>Everyone not marked yet is here</source>
        <translation>Tous ceux qui ne sont pas encore notés sont présents</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="309"/>
        <source>Next list: agenda, queue, attendance, rule cards, note</source>
        <translation>Liste suivante : déroulé, file, présences, cartes de règles, note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="317"/>
        <source>Lock: the room display keeps only the timer</source>
        <translation>Verrouiller : l’écran de salle ne garde que le chronomètre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="322"/>
        <source>Quit (asks first while a session is open)</source>
        <translation>Quitter (confirmation si une séance est ouverte)</translation>
    </message>
    <message>
        <source>Next speaker (PgDn: a clicker's forward)</source>
        <translation type="vanished">Personne suivante (PgDn : « suivant » d’une télécommande)</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="94"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="222"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="138"/>
        <source>Open a session first (Space).</source>
        <translation>Ouvrez d’abord une séance (Espace).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="97"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="141"/>
        <source>Press Space to start the session first.</source>
        <translation>Appuyez d’abord sur Espace pour commencer la séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="127"/>
        <source>This is the first segment.</source>
        <translation>C’est la première étape.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="144"/>
        <source>%Ln more minutes for this segment.</source>
        <translation>
            <numerusform>%Ln minute de plus pour cette étape.</numerusform>
            <numerusform>%Ln minutes de plus pour cette étape.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="157"/>
        <source>The round is complete. → moves on to the next segment.</source>
        <translation>Le tour de table est terminé. → passe à l’étape suivante.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="159"/>
        <source>Mark who is here first (M, or All present).</source>
        <translation>Notez d’abord qui est présent (M, ou Marquer tous présents).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="161"/>
        <source>Nobody is waiting. A member's number adds them to the queue.</source>
        <translation>Personne n’attend. Le numéro d’un membre l’ajoute à la file de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="174"/>
        <source>“Come back to me” is for rounds; in open discussion use N.</source>
        <translation>« Revenez vers moi » sert aux tours de table ; en échange libre, utilisez N.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="181"/>
        <source>Nobody is speaking.</source>
        <translation>Personne ne parle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="194"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>Personne n’a encore parlé dans cette étape : impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="198"/>
        <source>{name} is no longer here: nobody to go back to.</source>
        <translation>{name} n’est plus là : impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="217"/>
        <source>Nobody has number {n}: the numbers go from 1 to {last}.</source>
        <translation>Personne n’a le numéro {n} : les numéros vont de 1 à {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="249"/>
        <source>Mark {name} as here first (M {n}, or a click on their status).</source>
        <translation>Notez d’abord {name} comme présent (M {n}, ou un clic sur son statut).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="256"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} est déjà dans la file de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="262"/>
        <source>The round is under way: N calls the next member.</source>
        <translation>Le tour de table est en cours : N appelle le membre suivant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="299"/>
        <source>A round goes in seat order; the queue of an open discussion moves.</source>
        <translation>Un tour de table suit l’ordre des places ; la file de parole d’un échange libre, elle, peut bouger.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="304"/>
        <source>Choose a member in the queue first (a number, or Tab and ↑↓).</source>
        <translation>Choisissez d’abord un membre dans la file de parole (un numéro, ou Tab et ↑↓).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="318"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="327"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="340"/>
        <source>This group has no rule cards yet.</source>
        <translation>Ce groupe n’a pas encore de cartes de règles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="336"/>
        <source>No rule card {n}: this group's cards go from 1 to {last}.</source>
        <translation>Pas de carte de règle {n} : les cartes de ce groupe vont de 1 à {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="356"/>
        <source>The card shows when the room display is open (F11).</source>
        <translation>La carte s’affiche quand l’écran de salle est ouvert (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="389"/>
        <source>The room display is not open (F11).</source>
        <translation>L’écran de salle n’est pas ouvert (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="399"/>
        <source>The room display shows aliases.</source>
        <translation>L’écran de salle affiche les prénoms.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="400"/>
        <source>The room display shows initials.</source>
        <translation>L’écran de salle affiche les initiales.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="401"/>
        <source>The room display shows no names.</source>
        <translation>L’écran de salle n’affiche aucun nom.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="29"/>
        <source>here</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="30"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="31"/>
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="32"/>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="33"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="71"/>
        <source>{name} is already marked {status}: nothing changed.</source>
        <translation>{name} est déjà noté comme {status} : rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="78"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="92"/>
        <source>came at {time}</source>
        <translation>arrivée à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="94"/>
        <source>left at {time}</source>
        <translation>départ à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="96"/>
        <source>Change attendance</source>
        <translation>Modifier la présence</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="97"/>
        <source>Mark {name} {status}?</source>
        <translation>Noter {name} comme {status} ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="98"/>
        <source>{name} {times}; that time is removed from the record.</source>
        <translation>{name} : {times} ; cette heure sera retirée de l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="99"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="101"/>
        <source>&amp;Change it</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="115"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Dans ce groupe, le score d’accueil va de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="127"/>
        <source>Check-in score for {name}: {score}.</source>
        <translation>Score d’accueil de {name} : {score}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="129"/>
        <source>Check-in score for {name}: {score} (as before).</source>
        <translation>Score d’accueil de {name} : {score} (inchangé).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="131"/>
        <source>Check-in score for {name}: {score}, replacing {previous}.</source>
        <translation>Score d’accueil de {name} : {score}, à la place de {previous}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="147"/>
        <source>Check-in scores are recorded in rounds, from the member speaking.</source>
        <translation>Les scores d’accueil se notent pendant les tours de table, pour le membre qui parle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="151"/>
        <source>Nobody has spoken in this round yet: a score goes to the speaker.</source>
        <translation>Personne n’a encore parlé dans ce tour de table : un score va à la personne qui parle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="63"/>
        <source>Choose or create a group first.</source>
        <translation>Choisissez ou créez d’abord un groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="66"/>
        <source>Session open. Mark who is here, then press Space to start.</source>
        <translation>Séance ouverte. Notez qui est présent, puis appuyez sur Espace pour commencer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="96"/>
        <source>Session resumed. It waits, paused: press Space to go on.</source>
        <translation>Séance reprise. Elle attend, en pause : appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="111"/>
        <source>End the interrupted session</source>
        <translation>Terminer la séance interrompue</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="112"/>
        <source>End it now, as it was when it stopped?</source>
        <translation>La terminer maintenant, telle qu’elle était à l’arrêt ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="113"/>
        <source>It is saved to the history; members not marked count as absent.</source>
        <translation>Elle est enregistrée dans l’historique ; les membres non notés comptent comme absents.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="114"/>
        <source>&amp;End it</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="120"/>
        <source>The interrupted session was ended and saved to the history.</source>
        <translation>La séance interrompue a été terminée et enregistrée dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="138"/>
        <source>Discard session</source>
        <translation>Abandonner la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="139"/>
        <source>Discard this session?</source>
        <translation>Abandonner cette séance ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="140"/>
        <source>It never started, so nothing is kept (attendance marked is dropped).</source>
        <translation>Elle n’a jamais commencé : rien n’est conservé (les présences notées sont effacées).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="141"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="145"/>
        <source>Session discarded.</source>
        <translation>Séance abandonnée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="148"/>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="149"/>
        <source>End the session now?</source>
        <translation>Terminer la séance maintenant ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="150"/>
        <source>It becomes history: planned and actual times, attendance and turns are saved. Members not marked count as absent.</source>
        <translation>Elle passe dans l’historique : les temps prévus et réels, les présences et les prises de parole sont enregistrés. Les membres non notés comptent comme absents.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="154"/>
        <source>&amp;End session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="173"/>
        <source>It has not started: the next start offers it again, or you can discard it.</source>
        <translation>Elle n’a pas commencé : elle vous sera proposée au prochain démarrage, ou vous pouvez l’abandonner.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="177"/>
        <source>The session stays open: the next start offers to resume it, paused where you quit. To save it to the history, end the session instead.</source>
        <translation>La séance reste ouverte : au prochain démarrage, vous pourrez la reprendre, en pause là où vous avez quitté. Pour l’enregistrer dans l’historique, terminez plutôt la séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="184"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="185"/>
        <source>Quit while a session is open?</source>
        <translation>Quitter alors qu’une séance est ouverte ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/page.py" line="192"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="52"/>
        <source>Soft chime when a segment ends</source>
        <translation>Carillon doux à la fin d’une étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="54"/>
        <source>A soft chime when a segment's time runs out (off: silent)</source>
        <translation>Un carillon doux quand le temps d’une étape est écoulé (désactivé : silencieux)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="58"/>
        <source>Five more minutes for this segment (F)</source>
        <translation>Cinq minutes de plus pour cette étape (F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="61"/>
        <source>Airtime · only you see this</source>
        <translation>Temps de parole · privé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="63"/>
        <source>Nobody present yet.</source>
        <translation>Personne n’est encore présent.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="122"/>
        <source>Run a group's session: timer, talking order, rule cards and notes.</source>
        <translation>Animer la séance d’un groupe : chronomètre, ordre de parole, cartes de règles et notes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="157"/>
        <source>A session of {group} was interrupted at {time}.</source>
        <translation>Une séance de {group} a été interrompue à {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="222"/>
        <source>{group} · opened {time} · {present} here</source>
        <translation>{group} · ouverte à {time} · présents : {present}</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="39"/>
        <source>Safety number: {digits}</source>
        <translation>Numéro de sécurité : {digits}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="47"/>
        <source>the twelve digits, e.g. 0412 7730 9921</source>
        <translation>les douze chiffres, ex. 0412 7730 9921</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="48"/>
        <source>The safety number you compared</source>
        <translation>Le numéro de sécurité que vous avez comparé</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="21"/>
        <source>Not saved yet: the disk is full. Kept here; saved when there is room.</source>
        <translation>Pas encore enregistré : le disque est plein. Conservé ici ; enregistré dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="23"/>
        <source>Not saved yet: the data folder is read-only. Kept here; saved when it can be written again.</source>
        <translation>Pas encore enregistré : le dossier de données est en lecture seule. Conservé ici ; enregistré dès qu’il sera de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="28"/>
        <source>Not saved yet: the workspace key is being changed. Kept here; saved in a moment.</source>
        <translation>Pas encore enregistré : la clé de l’espace de travail est en cours de changement. Conservé ici ; enregistré dans un instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="31"/>
        <source>Not saved yet: the disk could not be written. Kept here; saved when it works again.</source>
        <translation>Pas encore enregistré : impossible d’écrire sur le disque. Conservé ici ; enregistré dès que cela fonctionnera de nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="37"/>
        <source>Saved now: everything kept here is stored. Nothing was lost.</source>
        <translation>Enregistré : tout ce qui était conservé ici est stocké. Rien n’a été perdu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="41"/>
        <source>The session has ended. It goes to the history as soon as it can be saved; keep the app open until then.</source>
        <translation>La séance est terminée. Elle ira dans l’historique dès qu’elle pourra être enregistrée ; gardez l’application ouverte d’ici là.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="48"/>
        <source>Some changes from the room are not saved yet (they could not be written): quitting now loses them.</source>
        <translation>Certaines modifications faites pendant la séance ne sont pas encore enregistrées (elles n’ont pas pu être écrites) : quitter maintenant les ferait perdre.</translation>
    </message>
</context>
<context>
    <name>ScoreStrip</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="67"/>
        <source>Check-in score</source>
        <translation>Score d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in</source>
        <translation>Tour d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in · {name}</source>
        <translation>Tour d’accueil · {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="84"/>
        <source>The speaker's self-rating</source>
        <translation>L’auto-évaluation de la personne qui parle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="85"/>
        <source>S then the number, or a click. Only you see it.</source>
        <translation>S puis le nombre, ou un clic. Visible par vous seul.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="92"/>
        <source>Check-in score of {name}: {score} (S {score})</source>
        <translation>Score d’accueil de {name} : {score} (S {score})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="96"/>
        <source>A score goes to the member speaking (S then the number).</source>
        <translation>Un score va au membre qui parle (S puis le nombre).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="108"/>
        <source>Check-in score {score}</source>
        <translation>Score d’accueil {score}</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Add a segment</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Change a segment</source>
        <translation>Modifier une étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="49"/>
        <source>e.g. Closing round</source>
        <translation>ex. : Tour de clôture</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="52"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="56"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="59"/>
        <source>Round: everyone in seat order</source>
        <translation>Tour de table : chacun dans l’ordre des places</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="60"/>
        <source>Open: raise a hand to join the queue</source>
        <translation>Libre : on lève la main pour rejoindre la file de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="67"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="69"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="102"/>
        <source>Give the segment a name, e.g. “Check-out”.</source>
        <translation>Donnez un nom à l’étape, par ex. « Tour de clôture ».</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="105"/>
        <source>Enter how many minutes the segment takes.</source>
        <translation>Indiquez combien de minutes dure l’étape.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="107"/>
        <source>Enter whole minutes as a number, e.g. 10.</source>
        <translation>Saisissez un nombre entier de minutes, par ex. 10.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="109"/>
        <source>A segment needs at least 1 minute.</source>
        <translation>Une étape doit durer au moins 1 minute.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="111"/>
        <source>A segment can be at most {max} minutes.</source>
        <translation>Une étape peut durer au plus {max} minutes.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="178"/>
        <source>A session is already open.</source>
        <translation>Une séance est déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="201"/>
        <source>End the open session before resuming another.</source>
        <translation>Terminez la séance ouverte avant d’en reprendre une autre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="209"/>
        <source>This session's record cannot be read back to resume it.</source>
        <translation>Le journal de cette séance ne peut pas être relu : impossible de la reprendre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="321"/>
        <source>Open a session first.</source>
        <translation>Ouvrez d’abord une séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="324"/>
        <source>First say whether the laptop's sleep counts as session time.</source>
        <translation>Indiquez d’abord si la mise en veille de l’ordinateur compte dans le temps de la séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="436"/>
        <source>Counted as session time: {duration} of sleep. A turn under way ended when the laptop went to sleep.</source>
        <translation>Compté dans le temps de la séance : {duration} de veille. Une prise de parole en cours s’est terminée à la mise en veille.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="441"/>
        <source>Not counted: {duration} of sleep. The clock goes on from where it stopped.</source>
        <translation>Non compté : {duration} de veille. Le chronomètre reprend là où il s’était arrêté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="477"/>
        <source>The laptop slept for {duration} while the session was paused.</source>
        <translation>L’ordinateur a été en veille pendant {duration} alors que la séance était en pause.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="479"/>
        <source>The laptop slept for {duration} before the session started.</source>
        <translation>L’ordinateur a été en veille pendant {duration} avant le début de la séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="23"/>
        <source>End the turn under way first.</source>
        <translation>Terminez d’abord la prise de parole en cours.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="24"/>
        <source>Nobody is speaking.</source>
        <translation>Personne ne parle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="25"/>
        <source>Nobody is marked present yet.</source>
        <translation>Personne n’est encore marqué présent.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="26"/>
        <source>The round is complete: it is nobody's turn to pass.</source>
        <translation>Le tour de table est terminé : ce n’est le tour de personne de passer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="27"/>
        <source>Nobody else is waiting in this round.</source>
        <translation>Plus personne n’attend dans ce tour de table.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="28"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>Personne n’a encore parlé dans cette étape : impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="29"/>
        <source>The round has not started yet.</source>
        <translation>Le tour de table n’a pas encore commencé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="30"/>
        <source>No segment is running.</source>
        <translation>Aucune étape n’est en cours.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="31"/>
        <source>That is for rounds; this segment is an open discussion.</source>
        <translation>C’est pour les tours de table ; cette étape est un échange libre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="32"/>
        <source>That is for open discussion; this segment is a round.</source>
        <translation>C’est pour l’échange libre ; cette étape est un tour de table.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="33"/>
        <source>{name} is not marked present.</source>
        <translation>{name} n’est pas marqué présent.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="34"/>
        <source>{name} is not the one speaking.</source>
        <translation>Ce n’est pas {name} qui a la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="35"/>
        <source>{name} is not waiting in the queue.</source>
        <translation>{name} n’attend pas dans la file de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="36"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} est déjà dans la file de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="37"/>
        <source>{name} is already in the round.</source>
        <translation>{name} est déjà dans le tour de table.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="38"/>
        <source>{name} is speaking: end their turn before they leave.</source>
        <translation>{name} a la parole : terminez sa prise de parole avant son départ.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="39"/>
        <source>This is the first segment.</source>
        <translation>C’est la première étape.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="40"/>
        <source>That segment is already the current one.</source>
        <translation>Cette étape est déjà l’étape en cours.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="41"/>
        <source>The session has not started yet: Space starts it.</source>
        <translation>La séance n’a pas encore commencé : Espace la démarre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="42"/>
        <source>The session is already running.</source>
        <translation>La séance est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="43"/>
        <source>The session is paused: Space resumes it.</source>
        <translation>La séance est en pause : Espace la reprend.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="44"/>
        <source>The session has ended.</source>
        <translation>La séance est terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="45"/>
        <source>A segment's planned time cannot go below zero.</source>
        <translation>La durée prévue d’une étape ne peut pas descendre sous zéro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="46"/>
        <source>An agenda needs at least one segment.</source>
        <translation>Un déroulé a besoin d’au moins une étape.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="47"/>
        <source>A segment needs a name.</source>
        <translation>Une étape a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="56"/>
        <source>That is not possible right now.</source>
        <translation>Ce n’est pas possible pour le moment.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Open or close the room display (F11)</source>
        <translation>Ouvrir ou fermer l’écran de salle (F11)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Room display  F11</source>
        <translation>Écran de salle  F11</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="24"/>
        <source>Blank  B</source>
        <translation>Écran noir  B</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="25"/>
        <source>Blank the room display at once; again to restore (B)</source>
        <translation>Masquer aussitôt l’écran de salle ; à nouveau pour le rétablir (B)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="30"/>
        <source>Names: aliases</source>
        <translation>Noms : prénoms</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="31"/>
        <source>Names: initials</source>
        <translation>Noms : initiales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="32"/>
        <source>Names: none</source>
        <translation>Noms : aucun</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="33"/>
        <source>How the room display names members</source>
        <translation>Comment l’écran de salle nomme les membres</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="34"/>
        <source>Names on the room display</source>
        <translation>Noms sur l’écran de salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Keys  ?</source>
        <translation>Touches  ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Show all keys (?)</source>
        <translation>Afficher toutes les touches (?)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End session…</source>
        <translation>Terminer la séance…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End the session and see its summary</source>
        <translation>Terminer la séance et voir son bilan</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="118"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="119"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="120"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="121"/>
        <source>Segments</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="122"/>
        <source>Overruns</source>
        <translation>Hors temps</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="126"/>
        <source>When the session started (✎ = corrected afterwards)</source>
        <translation>Heure de début de la séance (✎ = corrigée après coup)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="127"/>
        <source>How long it ran</source>
        <translation>Sa durée réelle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="128"/>
        <source>Members present, late or leaving early (+ guests)</source>
        <translation>Membres présents, en retard ou partis tôt (+ invités)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="129"/>
        <source>Agenda segments</source>
        <translation>Étapes du déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="130"/>
        <source>Segments that ran more than a minute over their plan</source>
        <translation>Étapes qui ont dépassé le temps prévu de plus d’une minute</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="172"/>
        <source>{date}, started {clock}</source>
        <translation>{date}, début à {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="176"/>
        <source>✎ Corrected afterwards: open it to see what changed.</source>
        <translation>✎ Corrigée après coup : ouvrez-la pour voir ce qui a changé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="179"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} (prévu : {planned})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="183"/>
        <source>{members} and {guests}</source>
        <translation>{members} et {guests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="187"/>
        <source>%Ln of {m} segments ran over</source>
        <translation>
            <numerusform>%Ln étape sur {m} a débordé</numerusform>
            <numerusform>%Ln étapes sur {m} ont débordé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="36"/>
        <source>Session notes to sign</source>
        <translation>Notes de séance à signer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="47"/>
        <source>Session of {date}</source>
        <translation>Séance du {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="48"/>
        <source>The note of the session of {date} is not signed, %Ln day(s) on.</source>
        <translation>
            <numerusform>La note de la séance du {date} n’est toujours pas signée, %Ln jour après.</numerusform>
            <numerusform>La note de la séance du {date} n’est toujours pas signée, %Ln jours après.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="56"/>
        <source>Open the session note</source>
        <translation>Ouvrir la note de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="60"/>
        <source>&amp;Open the note</source>
        <translation>&amp;Ouvrir la note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="25"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="26"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="27"/>
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="28"/>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="29"/>
        <source>absent without notice</source>
        <translation>absent sans prévenir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="42"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} (prévu : {planned})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="50"/>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="72"/>
        <source>late, came {time}</source>
        <translation>en retard, arrivée à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="75"/>
        <source>left {time}</source>
        <translation>départ à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="82"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name} : {actual} sur {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="93"/>
        <source>{name}: {turns}; nobody passed</source>
        <translation>{name} : {turns} ; personne n’a passé son tour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="94"/>
        <source>{name}: {turns}; passed: {names}</source>
        <translation>{name} : {turns} ; passes : {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="104"/>
        <source>{status} {start}–{end}</source>
        <translation>{status} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="110"/>
        <source>spoke {time} ({share})</source>
        <translation>a parlé {time} ({share})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="117"/>
        <source>check-in {score} ({low}–{high})</source>
        <translation>accueil {score} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="135"/>
        <source>ground rules not acknowledged</source>
        <translation>règles du groupe non signées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="137"/>
        <source>ground rules v{version} acknowledged</source>
        <translation>règles du groupe v{version} signées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="140"/>
        <source>ground rules v{version} acknowledged (v{current} in force)</source>
        <translation>règles du groupe v{version} signées (v{current} en vigueur)</translation>
    </message>
    <message>
        <source>The note of the session of {date} is not signed, {days} days on.</source>
        <translation type="vanished">La note de la séance du {date} n’est toujours pas signée, {days} jours après.</translation>
    </message>
</context>
<context>
    <name>SessionNoteDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="99"/>
        <source>Session note not saved</source>
        <translation>Note de séance non enregistrée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="100"/>
        <source>The last lines of this session note could not be saved. They are kept, sealed, until you open this note again; it saves them then.</source>
        <translation>Les dernières lignes de cette note de séance n’ont pas pu être enregistrées. Elles sont conservées, scellées, jusqu’à ce que vous rouvriez cette note ; elles seront enregistrées à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="79"/>
        <source>Session note</source>
        <translation>Note de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="86"/>
        <source>This note is damaged and cannot be shown or changed. The session's facts are fine; a backup may hold an intact copy of the note.</source>
        <translation>Cette note est endommagée et ne peut être ni affichée ni modifiée. Les données de la séance sont intactes ; une sauvegarde contient peut-être une copie intacte de la note.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="101"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="103"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="105"/>
        <source>Edit &amp;templates…</source>
        <translation>Modifier les modè&amp;les…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="115"/>
        <source>Themes, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="116"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="118"/>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="129"/>
        <source>Add an &amp;addendum to the group note…</source>
        <translation>Ajouter un &amp;addendum à la note du groupe…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="136"/>
        <source>Nobody was present: there are no progress entries.</source>
        <translation>Personne n’était présent : il n’y a pas de notes d’évolution.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="145"/>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="153"/>
        <source>Each member present</source>
        <translation>Chaque membre présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="167"/>
        <source>&amp;Copy for a member…</source>
        <translation>&amp;Copie pour un membre…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="169"/>
        <source>A member's progress entry as a PDF, the others reduced to initials</source>
        <translation>La note d’évolution d’un membre en PDF, les autres réduits à leurs initiales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="172"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="173"/>
        <source>Signed, the note no longer changes</source>
        <translation>Une fois signée, la note ne change plus</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="175"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="361"/>
        <source>Not saved: {why}</source>
        <translation>Non enregistrée : {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="367"/>
        <source>Saved {time}</source>
        <translation>Enregistrée à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="380"/>
        <source>Signed {date}, {time}: read-only</source>
        <translation>Signée le {date}, {time} : lecture seule</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="386"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="388"/>
        <source>Not written yet</source>
        <translation>Pas encore rédigée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="402"/>
        <source>Sign the session note</source>
        <translation>Signer la note de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="403"/>
        <source>Sign this session note?</source>
        <translation>Signer cette note de séance ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="404"/>
        <source>Signed, it can no longer change, as in a clinical record. What you add later is a dated addendum under it.</source>
        <translation>Une fois signée, elle ne peut plus changer, comme dans un dossier clinique. Ce que vous ajouterez ensuite sera un addendum daté, placé en dessous.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="408"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="423"/>
        <source>An addendum to the group note.</source>
        <translation>Un addendum à la note du groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="429"/>
        <source>An addendum to {name}'s progress entry.</source>
        <translation>Un addendum à la note d’évolution de {name}.</translation>
    </message>
</context>
<context>
    <name>SessionNoteSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="28"/>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="33"/>
        <source>Days before an unsigned note is a follow-up</source>
        <translation>Jours avant qu’une note non signée devienne un suivi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="36"/>
        <source>&amp;Unsigned notes are a follow-up after</source>
        <translation>Une &amp;note non signée devient un suivi après</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="41"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="45"/>
        <source>as their initials</source>
        <translation>réduits à leurs initiales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="46"/>
        <source>removed</source>
        <translation>retirés</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="47"/>
        <source>Other members in a member's copy</source>
        <translation>Autres membres dans la copie d’un membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="50"/>
        <source>In a member's copy, the &amp;others are</source>
        <translation>Dans la copie d’un membre, les a&amp;utres sont</translation>
    </message>
</context>
<context>
    <name>SessionSummaryOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="206"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="207"/>
        <source>No finished sessions yet</source>
        <translation>Aucune séance terminée pour l’instant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="209"/>
        <source>Include pri&amp;vate notes</source>
        <translation>Inclure &amp;les notes privées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="211"/>
        <source>Notes are left out unless you tick this. On paper anyone can read them.</source>
        <translation>Les notes ne sont pas incluses, sauf si vous cochez cette case. Sur papier, tout le monde peut les lire.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="216"/>
        <source>Sessio&amp;n:</source>
        <translation>&amp;Séance :</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="122"/>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="146"/>
        <source>{time} · {share}%</source>
        <translation>{time} · {share} %</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="168"/>
        <source>Unlock to see your notes.</source>
        <translation>Déverrouillez pour voir vos notes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="174"/>
        <source>No notes for this session.</source>
        <translation>Aucune note pour cette séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="179"/>
        <source>follow up</source>
        <translation>à suivre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="181"/>
        <source>by {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="190"/>
        <source>came {clock}</source>
        <translation>arrivée à {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="192"/>
        <source>left {clock}</source>
        <translation>départ à {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="245"/>
        <source>Correction saved and recorded.</source>
        <translation>Correction enregistrée et consignée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="255"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} (prévu : {planned}) · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="267"/>
        <source>Corrected on {date}</source>
        <translation>Corrigée le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="65"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="66"/>
        <source>Save this session's summary as a PDF to print</source>
        <translation>Enregistrer le compte rendu de cette séance en PDF pour l’imprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="68"/>
        <source>Session &amp;note…</source>
        <translation>&amp;Note de séance…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="70"/>
        <source>The session's note: the group once, a line per member</source>
        <translation>La note de la séance : le groupe une fois, une ligne par membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="73"/>
        <source>Correct &amp;attendance…</source>
        <translation>Corriger les &amp;présences…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="75"/>
        <source>Correct a &amp;turn…</source>
        <translation>&amp;Corriger une prise de parole…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="76"/>
        <source>Or click a turn on the timeline</source>
        <translation>Ou cliquez sur une prise de parole dans la chronologie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="93"/>
        <source>No attendance was recorded.</source>
        <translation>Aucune présence n’a été notée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="96"/>
        <source>Nobody spoke.</source>
        <translation>Personne n’a parlé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="98"/>
        <source>No turns were recorded.</source>
        <translation>Aucune prise de parole n’a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="105"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="111"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="112"/>
        <source>Airtime</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="118"/>
        <source>Dashed line: an equal share.</source>
        <translation>Pointillés : une part égale.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="138"/>
        <source>Planned and actual</source>
        <translation>Prévu et réel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="143"/>
        <source>Turns over time</source>
        <translation>Prises de parole au fil du temps</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="146"/>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="153"/>
        <source>The chosen session</source>
        <translation>La séance choisie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="158"/>
        <source>Pick a session on the left to see how it went.</source>
        <translation>Choisissez une séance à gauche pour voir comment elle s’est passée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="29"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="34"/>
        <source>Absences in a row without notice before a follow-up</source>
        <translation>Absences d’affilée sans prévenir avant un suivi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="37"/>
        <source>&amp;Follow up after</source>
        <translation>Proposer un &amp;suivi après</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="46"/>
        <source>A member appears on the Follow-ups page when their latest sessions end with this many absences without notice. Excused absences do not count. 1 means the first one: the easiest moment to reach out.</source>
        <translation>Un membre apparaît dans la page Suivis quand ses dernières séances se terminent par ce nombre d’absences sans prévenir. Les absences excusées ne comptent pas. 1 signifie dès la première : le moment le plus facile pour prendre contact.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="79"/>
        <source>Follow-ups start at the first absence without notice.</source>
        <translation>Les suivis commencent dès la première absence sans prévenir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="81"/>
        <source>Follow-ups start after %Ln absences in a row without notice.</source>
        <translation>
            <numerusform>Les suivis commencent après %Ln absence sans prévenir.</numerusform>
            <numerusform>Les suivis commencent après %Ln absences d’affilée sans prévenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="87"/>
        <source>absences in a row without notice</source>
        <extracomment>after a number box (&quot;Follow up after [3] absences in a row without notice&quot;); the number itself is not in the text.</extracomment>
        <translation>
            <numerusform>absence sans prévenir</numerusform>
            <numerusform>absences d’affilée sans prévenir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="184"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="77"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="79"/>
        <source>Language of the app</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="87"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Langue de l’application :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="94"/>
        <source>A new language takes effect when the app starts again. Each group's handouts and room display can have a language of their own (Groups page).</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de l’application. Les documents et l’écran de salle de chaque groupe peuvent avoir leur propre langue (page Groupes).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="107"/>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="110"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="111"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="112"/>
        <source>Lock automatically after minutes</source>
        <translation>Verrouiller automatiquement après ce nombre de minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="115"/>
        <source>Lock &amp;automatically after</source>
        <translation>&amp;Verrouiller automatiquement après</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="120"/>
        <source>without keyboard or mouse use</source>
        <translation>d’inactivité</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="123"/>
        <source>It waits while a session's clock runs in this window; a paused session, or one a crash left open, does not hold it off. Time asleep counts: a laptop woken after longer than this locks within seconds. On most Linux desktops it also locks when the screen locks or the laptop goes to sleep. Ctrl+L locks at any moment; Never (0) locks only by hand.</source>
        <translation>Le délai est suspendu tant que le chronomètre d’une séance tourne dans cette fenêtre ; une séance en pause, ou laissée ouverte par un plantage, ne le suspend pas. Le temps de veille compte : un ordinateur réveillé après un délai plus long se verrouille en quelques secondes. Sur la plupart des bureaux Linux, il se verrouille aussi quand l’écran se verrouille ou que l’ordinateur se met en veille. Ctrl+L verrouille à tout moment ; Jamais (0) ne verrouille qu’à la main.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="141"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="143"/>
        <source>Your passphrase opens this workspace and its backups. Changing it keeps every note as it is; the old passphrase stops working at once, in every backup too.</source>
        <translation>Votre phrase secrète ouvre cet espace de travail et ses sauvegardes. La changer ne modifie aucune note ; l’ancienne phrase secrète cesse aussitôt de fonctionner, y compris dans toutes les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="151"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="158"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="339"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="162"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="225"/>
        <source>Language saved: it takes effect when the app starts again.</source>
        <translation>Langue enregistrée : elle s’appliquera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="239"/>
        <source>Automatic locking is off.</source>
        <translation>Le verrouillage automatique est désactivé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="241"/>
        <source>Locks after %Ln minutes without use.</source>
        <translation>
            <numerusform>Se verrouille après %Ln minute d’inactivité.</numerusform>
            <numerusform>Se verrouille après %Ln minutes d’inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="264"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Phrase secrète changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="266"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète changée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="280"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="304"/>
        <source>A recovery key is set up. If the paper is lost, replace it: the old key then stops working, in every backup too.</source>
        <translation>Une clé de récupération est en place. Si le papier est perdu, remplacez-la : l’ancienne clé cesse alors de fonctionner, y compris dans toutes les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="310"/>
        <source>Re&amp;place recovery key…</source>
        <translation>Rem&amp;placer la clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="313"/>
        <source>No recovery key. If you forget your passphrase, nobody can open this workspace. A recovery key, printed and kept safe, is a second way in.</source>
        <translation>Pas de clé de récupération. Si vous oubliez votre phrase secrète, personne ne pourra ouvrir cet espace de travail. Une clé de récupération, imprimée et rangée en lieu sûr, est un second moyen d’y accéder.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="319"/>
        <source>Create recovery &amp;key…</source>
        <translation>Créer une clé de récu&amp;pération…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="327"/>
        <source>Replace recovery key</source>
        <translation>Remplacer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="328"/>
        <source>Enter your passphrase to make a new recovery key. The key you have now stops working, in every backup too: a new workspace key is made and every private detail re-encrypted, since whoever has the old paper may have copied the old key.</source>
        <translation>Saisissez votre phrase secrète pour créer une nouvelle clé de récupération. La clé actuelle cessera de fonctionner, y compris dans toutes les sauvegardes : une nouvelle clé d’espace de travail est créée et toutes les données privées sont rechiffrées, car la personne qui détient l’ancien papier a pu copier l’ancienne clé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="334"/>
        <source>&amp;Make a new key</source>
        <translation>&amp;Créer une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="340"/>
        <source>Enter your passphrase to make a recovery key for this workspace.</source>
        <translation>Saisissez votre phrase secrète pour créer une clé de récupération pour cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="341"/>
        <source>&amp;Make the key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="348"/>
        <source>Remove recovery key</source>
        <translation>Retirer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="349"/>
        <source>The printed key stops working, in every backup too: a new workspace key is made and every private detail re-encrypted. Only your passphrase will open this workspace; if it is forgotten, nobody can open it.</source>
        <translation>La clé imprimée cessera de fonctionner, y compris dans toutes les sauvegardes : une nouvelle clé d’espace de travail est créée et toutes les données privées sont rechiffrées. Seule votre phrase secrète ouvrira cet espace de travail ; si vous l’oubliez, personne ne pourra l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="354"/>
        <source>&amp;Remove key</source>
        <translation>&amp;Retirer la clé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="391"/>
        <source>New recovery key made.</source>
        <translation>Nouvelle clé de récupération créée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="397"/>
        <source>Making a new recovery key</source>
        <translation>Création d’une nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="399"/>
        <source>New recovery key made; the old one opens nothing.</source>
        <translation>Nouvelle clé de récupération créée ; l’ancienne n’ouvre plus rien.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="405"/>
        <source>Removing the recovery key</source>
        <translation>Retrait de la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="407"/>
        <source>Recovery key removed; it opens nothing any more.</source>
        <translation>Clé de récupération retirée ; elle n’ouvre plus rien.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="435"/>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation>Cela n’a pas fonctionné ({kind}) ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ShareGroupDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="55"/>
        <source>Share a group</source>
        <translation>Partager un groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="64"/>
        <source>Group to share</source>
        <translation>Groupe à partager</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="69"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="73"/>
        <source>Your co-facilitator's card</source>
        <translation>Fiche de votre co-animateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="74"/>
        <source>fd-card-1:…  (paste it whole)</source>
        <translation>fd-card-1:…  (collez-la en entier)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="77"/>
        <source>Your co-facilitator's &amp;card:</source>
        <translation>&amp;Fiche de votre co-animateur :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="80"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Suivant : comparer le numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="84"/>
        <source>There is no group to share yet.</source>
        <translation>Il n’y a pas encore de groupe à partager.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="88"/>
        <source>Share a group with a co-facilitator</source>
        <translation>Partager un groupe avec un co-animateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="91"/>
        <source>They will see the group's members, attendance, sessions, rules, signed session notes and check-in scores, and every note you mark for co-facilitators. Your other notes stay on this laptop.</source>
        <translation>Votre co-animateur verra les membres du groupe, les présences, les séances, les règles, les notes de séance signées et les scores d’accueil, ainsi que chaque note que vous lui destinez. Vos autres notes restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="112"/>
        <source>Your co-facilitator sees the same twelve digits when they paste your card or your invitation under Accept an invitation. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Votre co-animateur voit les mêmes douze chiffres quand il colle votre fiche ou votre invitation dans « Accepter une invitation ». Lisez-les à voix haute l’un à l’autre, ou comparez les deux écrans côte à côte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="119"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="121"/>
        <source>&amp;Share the group</source>
        <translation>&amp;Partager le groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="139"/>
        <source>The invitation</source>
        <translation>L’invitation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="141"/>
        <source>&amp;Copy invitation</source>
        <translation>&amp;Copier l’invitation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="143"/>
        <source>Sa&amp;ve to a file…</source>
        <translation>Enregistrer dans un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="145"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="155"/>
        <source>Send the invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="214"/>
        <source>“{group}” is shared. Send this invitation to your co-facilitator (it holds no key: the group's key travels sealed for their laptop only).</source>
        <translation>« {group} » est partagé. Envoyez cette invitation à votre co-animateur (elle ne contient aucune clé : la clé du groupe voyage scellée, pour son ordinateur seulement).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="228"/>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Save the invitation</source>
        <translation>Enregistrer l’invitation</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="244"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistrée : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="248"/>
        <source>Saved as {name}.</source>
        <translation>Enregistrée sous {name}.</translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="54"/>
        <source>Airtime share per session</source>
        <translation>Part du temps de parole par séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="106"/>
        <source>{date}: {share} of the airtime ({length}), {turns}, {passes} · {status}</source>
        <translation>{date} : {share} du temps de parole ({length}), {turns}, {passes} · {status}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="110"/>
        <source>{date}: {status}</source>
        <translation>{date} : {status}</translation>
    </message>
</context>
<context>
    <name>SharedGroups</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="59"/>
        <source>Shared groups</source>
        <translation>Groupes partagés</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>Group and co-facilitators</source>
        <translation>Groupe et co-animateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="65"/>
        <source>Shared groups and their co-facilitators</source>
        <translation>Groupes partagés et leurs co-animateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="70"/>
        <source>No group is shared. Nothing leaves this laptop.</source>
        <translation>Aucun groupe n’est partagé. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="72"/>
        <source>&amp;Remove co-facilitator…</source>
        <translation>&amp;Retirer le co-animateur…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="74"/>
        <source>S&amp;top sharing this group…</source>
        <translation>Arrê&amp;ter le partage de ce groupe…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="107"/>
        <source>safety number {number}</source>
        <translation>numéro de sécurité {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="110"/>
        <source>Safety number: {number}</source>
        <translation>Numéro de sécurité : {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="179"/>
        <source>Remove co-facilitator</source>
        <translation>Retirer le co-animateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="180"/>
        <source>Remove {laptop} from this group?</source>
        <translation>Retirer {laptop} de ce groupe ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="181"/>
        <source>A new group key seals everything written from now on, on every laptop that stays; that laptop cannot read any of it, and its later changes are refused. What it already has stays with it: nothing can be taken back from a laptop.</source>
        <translation>Une nouvelle clé de groupe scellera tout ce qui sera écrit à partir de maintenant, sur chaque ordinateur qui reste ; cet ordinateur-là ne pourra rien en lire, et ses modifications futures seront refusées. Ce qu’il a déjà reste chez lui : on ne peut rien reprendre à un ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="195"/>
        <source>Removed. The new group key goes to the others at the next sync.</source>
        <translation>Retiré. La nouvelle clé de groupe part vers les autres à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="207"/>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="208"/>
        <source>Stop sharing this group from this laptop?</source>
        <translation>Arrêter de partager ce groupe depuis cet ordinateur ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="209"/>
        <source>Nothing more is sent or received for it. What this laptop holds stays here as a group of its own; the co-facilitators keep what they have.</source>
        <translation>Plus rien ne sera envoyé ni reçu pour ce groupe. Ce que cet ordinateur contient reste ici, comme un groupe à part entière ; les co-animateurs gardent ce qu’ils ont.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="213"/>
        <source>S&amp;top sharing</source>
        <translation>Arrê&amp;ter le partage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="221"/>
        <source>This group is no longer shared from this laptop.</source>
        <translation>Ce groupe n’est plus partagé depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="232"/>
        <source>A group shared with you (arrives at the next sync)</source>
        <translation>Un groupe partagé avec vous (arrive à la prochaine synchronisation)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="233"/>
        <source>A group</source>
        <translation>Un groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="239"/>
        <source>this laptop was removed from the group</source>
        <translation>cet ordinateur a été retiré du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="241"/>
        <source>no longer shared from here</source>
        <translation>plus partagé depuis cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="243"/>
        <source>waiting for the first sync</source>
        <translation>en attente de la première synchronisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="244"/>
        <source>%n co-facilitators</source>
        <translation>
            <numerusform>%n co-animateur</numerusform>
            <numerusform>%n co-animateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="246"/>
        <source>{whom} · not synced yet</source>
        <translation>{whom} · pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="248"/>
        <source>{whom} · synced {date} {time}</source>
        <translation>{whom} · synchronisé le {date} à {time}</translation>
    </message>
</context>
<context>
    <name>SharingCard</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="54"/>
        <source>Your card</source>
        <translation>Votre fiche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="44"/>
        <source>Send this card to a co-facilitator, or let them copy it: it holds only this laptop's public keys. Before any group is shared, you both compare a safety number.</source>
        <translation>Envoyez cette fiche à un co-animateur, ou laissez-le la copier : elle ne contient que les clés publiques de cet ordinateur. Avant tout partage de groupe, vous comparerez tous les deux un numéro de sécurité.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="58"/>
        <source>&amp;Copy card</source>
        <translation>C&amp;opier la fiche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="83"/>
        <source>This laptop: {fingerprint}</source>
        <translation>Cet ordinateur : {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="95"/>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
</context>
<context>
    <name>SharingConflicts</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="40"/>
        <source>{record}: {field}</source>
        <translation>{record} : {field}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="50"/>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="63"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="53"/>
        <source>When the same detail was changed on two laptops, the later change is kept everywhere and the other value is listed here. If the other value was the right one, copy it and edit the record on its page; then keep.</source>
        <translation>Quand la même information a été modifiée sur deux ordinateurs, la modification la plus récente est gardée partout et l’autre valeur est listée ici. Si c’était l’autre valeur la bonne, copiez-la et corrigez la fiche sur sa page, puis cliquez sur Garder.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>The other value</source>
        <translation>L’autre valeur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="67"/>
        <source>&amp;Copy the other value</source>
        <translation>Copier l’&amp;autre valeur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="69"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Garder la valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="97"/>
        <source>(damaged: cannot be shown)</source>
        <translation>(endommagée : impossible à afficher)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="134"/>
        <source>Copied. Paste it into the record, then keep.</source>
        <translation>Copiée. Collez-la dans la fiche, puis cliquez sur Garder.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="147"/>
        <source>Resolved: the current value stays.</source>
        <translation>Résolu : la valeur actuelle est conservée.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="49"/>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="62"/>
        <source>&amp;Share a group…</source>
        <translation>&amp;Partager un groupe…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="64"/>
        <source>&amp;Accept an invitation…</source>
        <translation>&amp;Accepter une invitation…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="81"/>
        <source>&amp;Co-facilitators</source>
        <translation>&amp;Co-animateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="82"/>
        <source>Se&amp;rver</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="83"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts</source>
        <translation>Con&amp;flits</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems</source>
        <translation>Problè&amp;mes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="90"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts ({count})</source>
        <translation>Con&amp;flits ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems ({count})</source>
        <translation>Problè&amp;mes ({count})</translation>
    </message>
</context>
<context>
    <name>SharingProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="29"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="32"/>
        <source>Every change is checked before it is used: signed by its laptop, sealed with the group's key, in order. What failed a check is listed here and was not used; the server cannot add or alter anything.</source>
        <translation>Chaque modification est vérifiée avant d’être utilisée : signée par son ordinateur, scellée avec la clé du groupe, dans l’ordre. Ce qui a échoué à une vérification est listé ici et n’a pas été utilisé ; le serveur ne peut rien ajouter ni modifier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="42"/>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="45"/>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
</context>
<context>
    <name>SharingServer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="43"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="46"/>
        <source>Shared groups travel through your agency's PostgreSQL server as sealed changes it cannot read. The connection must be encrypted (TLS with a verified certificate) for every server but this computer. The password is kept sealed in this workspace.</source>
        <translation>Les groupes partagés transitent par le serveur PostgreSQL de votre structure, sous forme de modifications scellées qu’il ne peut pas lire. La connexion doit être chiffrée (TLS avec un certificat vérifié) pour tout serveur autre que cet ordinateur. Le mot de passe est conservé, scellé, dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="56"/>
        <source>db.agency.example</source>
        <translation>db.structure.example</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="68"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="69"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="70"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="71"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pass&amp;e :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="87"/>
        <source>&amp;Save server</source>
        <translation>Enre&amp;gistrer le serveur</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="89"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="127"/>
        <source>kept, sealed — type to change</source>
        <translation>conservé, scellé — tapez pour le changer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="139"/>
        <source>This computer: the connection may be unencrypted (it never leaves it).</source>
        <translation>Cet ordinateur : la connexion peut être non chiffrée (elle n’en sort jamais).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="143"/>
        <source>Another computer: only an encrypted connection with a verified certificate.</source>
        <translation>Un autre ordinateur : uniquement une connexion chiffrée avec un certificat vérifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="182"/>
        <source>Server kept. Shared groups sync in the background.</source>
        <translation>Serveur enregistré. Les groupes partagés se synchronisent en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="194"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="199"/>
        <source>Give the server's name or address.</source>
        <translation>Indiquez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="200"/>
        <source>Give the database's name.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="201"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Indiquez le rôle (nom d’utilisateur) pour se connecter.</translation>
    </message>
</context>
<context>
    <name>SharingSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="27"/>
        <source>Sharing with co-facilitators</source>
        <translation>Partage avec des co-animateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="31"/>
        <source>S&amp;haring…</source>
        <translation>Par&amp;tage…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="48"/>
        <source>No group is shared: nothing leaves this laptop. A group can be shared with a co-facilitator through your agency's server, end-to-end encrypted.</source>
        <translation>Aucun groupe n’est partagé : rien ne quitte cet ordinateur. Un groupe peut être partagé avec un co-animateur via le serveur de votre structure, chiffré de bout en bout.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="53"/>
        <source>Shared groups: {count}. No server is set yet, so their changes wait on this laptop.</source>
        <translation>Groupes partagés : {count}. Aucun serveur n’est encore configuré : leurs modifications attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="58"/>
        <source>Shared groups: {count}, through {host}.</source>
        <translation>Groupes partagés : {count}, via {host}.</translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="18"/>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="19"/>
        <source>A member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="20"/>
        <source>The ground rules</source>
        <translation>Les règles du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="21"/>
        <source>A signed ground rule</source>
        <translation>Une signature des règles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="22"/>
        <source>A session</source>
        <translation>Une séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="23"/>
        <source>A session's timeline</source>
        <translation>La chronologie d’une séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="24"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="25"/>
        <source>A turn</source>
        <translation>Une prise de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="26"/>
        <source>A check-in score</source>
        <translation>Un score d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="27"/>
        <source>A session note</source>
        <translation>Une note de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="28"/>
        <source>A session note's addendum</source>
        <translation>Un addendum à une note de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="29"/>
        <source>A note for co-facilitators</source>
        <translation>Une note pour les co-animateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="36"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="37"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="38"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="39"/>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="40"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="41"/>
        <source>private remarks</source>
        <translation>remarques privées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="42"/>
        <source>seat</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="43"/>
        <source>joined on</source>
        <translation>date d’arrivée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="44"/>
        <source>left on</source>
        <translation>date de départ</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="45"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="46"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="47"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="48"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="49"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="50"/>
        <source>follow-up done</source>
        <translation>suivi fait</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="51"/>
        <source>rule cards</source>
        <translation>cartes de règles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="52"/>
        <source>agenda</source>
        <translation>déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="53"/>
        <source>weekday</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="54"/>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="55"/>
        <source>check-in question</source>
        <translation>question du tour d’accueil</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="56"/>
        <source>progress entries</source>
        <translation>notes d’évolution</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="57"/>
        <source>members it is about</source>
        <translation>membres concernés</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="65"/>
        <source>Changes are missing before it (the server held some back); it waits.</source>
        <translation>Des modifications manquent avant celle-ci (le serveur en a retenu) ; elle attend.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="66"/>
        <source>A change sent again: refused (the server replayed it).</source>
        <translation>Modification envoyée une seconde fois : refusée (le serveur l’a rejouée).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="67"/>
        <source>Not signed by the laptop it claims: refused as forged.</source>
        <translation>Pas signée par l’ordinateur dont elle se réclame : refusée comme falsifiée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="68"/>
        <source>Altered or not sealed with the group's key: refused.</source>
        <translation>Altérée ou non scellée avec la clé du groupe : refusée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="69"/>
        <source>Damaged or unreadable: refused.</source>
        <translation>Endommagée ou illisible : refusée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="70"/>
        <source>Written after that laptop was removed from the group: refused.</source>
        <translation>Écrite après le retrait de cet ordinateur du groupe : refusée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="71"/>
        <source>Sealed with a group key that is no longer in use: refused.</source>
        <translation>Scellée avec une clé de groupe qui n’est plus en service : refusée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="72"/>
        <source>A group key from a laptop not trusted for this group: refused.</source>
        <translation>Clé de groupe venant d’un ordinateur non reconnu pour ce groupe : refusée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="73"/>
        <source>The server's copy of this laptop's changes differs: not trusted.</source>
        <translation>La copie, sur le serveur, des modifications de cet ordinateur ne correspond pas : non fiable.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="74"/>
        <source>From a laptop not in the group: not read.</source>
        <translation>D’un ordinateur qui ne fait pas partie du groupe : non lue.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="75"/>
        <source>Could not be applied here: kept out, everything else applied.</source>
        <translation>N’a pas pu être appliquée ici : laissée de côté, tout le reste a été appliqué.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="77"/>
        <source>Refused ({reason}).</source>
        <translation>Refusée ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="81"/>
        <source>Laptop {fingerprint}</source>
        <translation>Ordinateur {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="85"/>
        <source>{laptop} (this laptop)</source>
        <translation>{laptop} (cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="86"/>
        <source>{laptop} (compared safety number)</source>
        <translation>{laptop} (numéro de sécurité comparé)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="87"/>
        <source>{laptop} (added by a co-facilitator)</source>
        <translation>{laptop} (ajouté par un co-animateur)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="88"/>
        <source>{laptop} (removed)</source>
        <translation>{laptop} (retiré)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="95"/>
        <source>Laptop {id}</source>
        <translation>Ordinateur {id}</translation>
    </message>
</context>
<context>
    <name>ShowPassphraseBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/passphrase_edit.py" line="43"/>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="178"/>
        <source>Empty rows for guests and newcomers</source>
        <translation>Lignes vides pour les invités et les nouveaux venus</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="180"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="181"/>
        <source>Guest &amp;lines:</source>
        <translation>&amp;Lignes pour les invités :</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="202"/>
        <source>This folder is open in another copy of Facilitator Desktop on this computer.</source>
        <translation>Ce dossier est ouvert dans une autre instance de Facilitator Desktop sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="203"/>
        <source>Close that copy first (it may be on another desktop), then start again.</source>
        <translation>Fermez d’abord cette instance (elle est peut-être sur un autre bureau), puis relancez l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="209"/>
        <source>The data folder is read-only, so Facilitator Desktop cannot work in it.</source>
        <translation>Le dossier de données est en lecture seule : Facilitator Desktop ne peut pas y travailler.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="210"/>
        <source>Folder: {folder}

Change the folder's permissions, or start the app with --data-dir and a folder you can write to. Nothing has been changed.</source>
        <translation>Dossier : {folder}

Modifiez les droits du dossier, ou lancez l’application avec --data-dir et un dossier où vous pouvez écrire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="218"/>
        <source>The disk that holds the data folder is full, so Facilitator Desktop cannot start.</source>
        <translation>Le disque qui contient le dossier de données est plein : Facilitator Desktop ne peut pas démarrer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="221"/>
        <source>Folder: {folder}

Free some space on that disk, then start the app again. Nothing has been changed.</source>
        <translation>Dossier : {folder}

Libérez de l’espace sur ce disque, puis relancez l’application. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="236"/>
        <source>Open this folder?</source>
        <translation>Ouvrir ce dossier ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="238"/>
        <source>This folder seems open elsewhere: on the computer “{host}”.</source>
        <translation>Ce dossier semble ouvert ailleurs : sur l’ordinateur « {host} ».</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="242"/>
        <source>This folder seems open elsewhere: in a copy of Facilitator Desktop on this computer that does not answer.</source>
        <translation>Ce dossier semble ouvert ailleurs : dans une instance de Facilitator Desktop sur cet ordinateur qui ne répond pas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="248"/>
        <source>If the folder was copied, synced or restored from another computer, or that copy has ended, it is safe to open it here. If Facilitator Desktop is still open on this folder there, close it there first: two copies writing at once can lose changes.

Open anyway?</source>
        <translation>Si le dossier a été copié, synchronisé ou restauré depuis un autre ordinateur, ou si cette instance est fermée, vous pouvez l’ouvrir ici sans risque. Si Facilitator Desktop est encore ouvert sur ce dossier là-bas, fermez-le d’abord : deux instances qui écrivent en même temps peuvent perdre des modifications.

Ouvrir quand même ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="255"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="268"/>
        <source>Facilitator Desktop cannot start</source>
        <translation>Facilitator Desktop ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="32"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="34"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="37"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
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
        <translation>L’ordinateur s’est mis en veille</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="53"/>
        <source>&amp;Count it</source>
        <translation>&amp;Le compter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="54"/>
        <source>&amp;Don't count it</source>
        <translation>&amp;Ne pas le compter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="65"/>
        <source>The laptop slept for {duration}. Count it as session time?</source>
        <translation>L’ordinateur a été en veille pendant {duration}. Compter ce temps dans la séance ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="70"/>
        <source>Count it: the session clock moves on by {duration}, and a turn under way ends when the laptop went to sleep. Don't count it: the clock goes on from where it stopped.</source>
        <translation>Le compter : le chronomètre de la séance avance de {duration}, et une prise de parole en cours se termine au moment de la mise en veille. Ne pas le compter : le chronomètre reprend là où il s’était arrêté.</translation>
    </message>
</context>
<context>
    <name>SpeedDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="64"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="66"/>
        <source>Rehearse a session</source>
        <translation>S’entraîner à une séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="68"/>
        <source>Practise with the agenda and rule cards of {group}, on invented members, with the same keys and screens as a real session.</source>
        <translation>Entraînez-vous avec le déroulé et les cartes de règles de {group}, avec des membres fictifs, les mêmes touches et les mêmes écrans qu’en vraie séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="73"/>
        <source>Practise on a sample group of invented members, with the same keys and screens as a real session.</source>
        <translation>Entraînez-vous sur un groupe d’exemple aux membres fictifs, avec les mêmes touches et les mêmes écrans qu’en vraie séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="80"/>
        <source>&amp;Real time</source>
        <translation>&amp;Temps réel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="81"/>
        <source>&amp;10× faster: 90 minutes take 9</source>
        <translation>&amp;10× plus vite : 90 minutes en prennent 9</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="82"/>
        <source>&amp;60× faster: a minute every second</source>
        <translation>&amp;60× plus vite : une minute par seconde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="96"/>
        <source>Nothing of a rehearsal is kept: not in History, attendance, follow-ups, notes or backups. End it as you would end a session; you see its summary once.</source>
        <translation>Rien d’un entraînement n’est conservé : ni dans l’historique, ni dans les présences, les suivis, les notes ou les sauvegardes. Terminez-le comme une séance ; vous verrez son bilan une seule fois.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="107"/>
        <source>&amp;Start rehearsal</source>
        <translation>&amp;Commencer l’entraînement</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/status_legend.py" line="29"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="53"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="205"/>
        <source>The session is saved in the group's history.</source>
        <translation>La séance est enregistrée dans l’historique du groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="35"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="36"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="37"/>
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="38"/>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="39"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="51"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="54"/>
        <source>Session summary</source>
        <translation>Bilan de la séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="65"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} (prévu : {planned}) · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Segment</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="118"/>
        <source> (came {clock})</source>
        <translation> (arrivée à {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="120"/>
        <source> (left {clock})</source>
        <translation> (départ à {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="128"/>
        <source>Nobody spoke.</source>
        <translation>Personne n’a parlé.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="134"/>
        <source>{time} · {share} · {turns}t {passes}p</source>
        <extracomment>t = turns, p = passes (kept short: a bar's label).</extracomment>
        <translation>{time} · {share} · {turns} pp {passes} pa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="148"/>
        <source>t = turns, p = passes; the dashed line is an equal share</source>
        <translation>pp = prises de parole, pa = passes ; la ligne en pointillés indique une part égale</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="153"/>
        <source>Planned and actual</source>
        <translation>Prévu et réel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="156"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="161"/>
        <source>Airtime (only you see this)</source>
        <translation>Temps de parole (visible par vous seul)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="166"/>
        <source>t = turns, p = passes; the dashed line marks an equal share.</source>
        <translation>pp = prises de parole, pa = passes ; la ligne en pointillés indique une part égale.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="195"/>
        <source>Write the session &amp;note…</source>
        <translation>Rédiger la &amp;note de séance…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="230"/>
        <source>Notes taken (only you see them)</source>
        <translation>Notes prises (visibles par vous seul)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="232"/>
        <source>Unlock to see the notes taken in this session.</source>
        <translation>Déverrouillez pour voir les notes prises pendant cette séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="234"/>
        <source>No notes were taken in this session.</source>
        <translation>Aucune note n’a été prise pendant cette séance.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="263"/>
        <source>about {names}</source>
        <translation>concerne {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="265"/>
        <source>to follow up</source>
        <translation>à suivre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="266"/>
        <source>A note</source>
        <translation>Une note</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="44"/>
        <source>%n changes from others refused: see Settings → Sharing → Problems.</source>
        <translation>
            <numerusform>%n modification reçue refusée : voir Paramètres → Partage → Problèmes.</numerusform>
            <numerusform>%n modifications reçues refusées : voir Paramètres → Partage → Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="49"/>
        <source>Sharing: locked</source>
        <translation>Partage : verrouillé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="51"/>
        <source>Sharing: starting…</source>
        <translation>Partage : démarrage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="56"/>
        <source>Offline, %n changes waiting</source>
        <translation>
            <numerusform>Hors ligne, %n modification en attente</numerusform>
            <numerusform>Hors ligne, %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="58"/>
        <source>Offline, nothing waiting</source>
        <translation>Hors ligne, rien en attente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="60"/>
        <source>The server could not be reached: {why}</source>
        <translation>Impossible de joindre le serveur : {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="64"/>
        <source>Sync stopped by an error; it tries again shortly</source>
        <translation>Synchronisation interrompue par une erreur ; nouvel essai sous peu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="66"/>
        <source>Nothing is lost: changes wait on this laptop until a sync succeeds.</source>
        <translation>Rien n’est perdu : les modifications attendent sur cet ordinateur jusqu’à ce qu’une synchronisation réussisse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="70"/>
        <source>{synced}, %n changes waiting</source>
        <translation>
            <numerusform>{synced}, %n modification en attente</numerusform>
            <numerusform>{synced}, %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="80"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="81"/>
        <source>Receiving changes: {done} of {total}</source>
        <translation>Réception des modifications : {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="89"/>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="91"/>
        <source>Synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="93"/>
        <source>Synced {minutes} min ago</source>
        <translation>Synchronisé il y a {minutes} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="95"/>
        <source>Synced {hours} h ago</source>
        <translation>Synchronisé il y a {hours} h</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="97"/>
        <source>Synced on {date}</source>
        <translation>Synchronisé le {date}</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="95"/>
        <source>Talking order</source>
        <translation>Ordre de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="102"/>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="279"/>
        <source>Now speaking</source>
        <translation>La parole est à</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="113"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>End this turn and call the next member (N)</source>
        <translation>Terminer cette prise de parole et appeler le membre suivant (N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>Next speaker  N</source>
        <translation>Suivant  N</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>Pass  P</source>
        <translation>Passe  P</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>The member whose turn it is passes (P)</source>
        <translation>Le membre dont c’est le tour passe (P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="140"/>
        <source>Come back to me  C</source>
        <translation>Revenez vers moi  C</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="141"/>
        <source>The speaker goes to the end of the round; the next member starts (C)</source>
        <translation>La personne qui parle passe en fin de tour de table ; le membre suivant commence (C)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End the turn without calling anyone (E)</source>
        <translation>Terminer la prise de parole sans appeler personne (E)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End turn  E</source>
        <translation>Fin de parole  E</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="148"/>
        <source>Back  PgUp</source>
        <translation>Retour  PgUp</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="149"/>
        <source>Back to the previous speaker: the turn just started is not recorded (PgUp, a clicker's back button)</source>
        <translation>Revenir à la personne précédente : la prise de parole qui vient de commencer n’est pas enregistrée (PgUp, bouton « précédent » d’une télécommande)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Random start</source>
        <translation>Départ au hasard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Start the round with a member chosen at random</source>
        <translation>Commencer le tour de table par un membre tiré au hasard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="178"/>
        <source>Fewer turns first</source>
        <translation>Équilibrer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="180"/>
        <source>Members who have spoken least in this session go ahead in the queue.</source>
        <translation>Les membres qui ont le moins parlé pendant cette séance passent en tête de la file de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="186"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="191"/>
        <source>Waiting to speak</source>
        <translation>Attend son tour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Take the selected member out of the order (Delete)</source>
        <translation>Retirer le membre sélectionné de l’ordre de parole (Suppr)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="200"/>
        <source>Move the selected member up the queue (Alt+↑)</source>
        <translation>Monter le membre sélectionné dans la file de parole (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="203"/>
        <source>Move the selected member down the queue (Alt+↓)</source>
        <translation>Descendre le membre sélectionné dans la file de parole (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="282"/>
        <source>Nobody is speaking</source>
        <translation>Personne ne parle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="285"/>
        <source>soft limit {m} min</source>
        <translation>limite {m} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="289"/>
        <source>Up next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Queue</source>
        <translation>Mains levées</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Round order</source>
        <translation>Ordre du tour</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="322"/>
        <source>Back to {name}: the turn just started is not recorded (PgUp)</source>
        <translation>Retour à {name} : la prise de parole qui vient de commencer n’est pas enregistrée (PgUp)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="326"/>
        <source>Back to the previous speaker (PgUp): nobody has spoken yet</source>
        <translation>Retour à la personne précédente (PgUp) : personne n’a encore parlé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="348"/>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="350"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="352"/>
        <source>{done} of {total} done</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="356"/>
        <source>The talking order starts with the session (Space).</source>
        <translation>L’ordre de parole commence avec la séance (Espace).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="358"/>
        <source>A member's number or a click on a name: they start · N: at random</source>
        <translation>Le numéro d’un membre ou un clic sur un nom : il commence · N : au hasard</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="360"/>
        <source>A number or a click adds a member · Alt+↑↓ moves them</source>
        <translation>Un numéro ou un clic ajoute un membre · Alt+↑↓ le déplace</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="32"/>
        <source>Session note template</source>
        <translation>Modèle de note de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="33"/>
        <source>How this group's session notes are laid out</source>
        <translation>La présentation des notes de séance de ce groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="35"/>
        <source>Edit templates…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="75"/>
        <source>Session notes of this group now use “{name}”.</source>
        <translation>Les notes de séance de ce groupe utilisent désormais « {name} ».</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="47"/>
        <source>Session note templates</source>
        <translation>Modèles de notes de séance</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="54"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="58"/>
        <source>&amp;New template</source>
        <translation>Nou&amp;veau modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Guidance</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="67"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="75"/>
        <source>&amp;Add section</source>
        <translation>&amp;Ajouter une rubrique</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="77"/>
        <source>Re&amp;move section</source>
        <translation>&amp;Retirer la rubrique</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="81"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="86"/>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="88"/>
        <source>&amp;Delete template</source>
        <translation>Su&amp;pprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="90"/>
        <source>Put back as &amp;shipped</source>
        <translation>Rétablir l’&amp;original</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="117"/>
        <source>Notes already written keep the headings they were written under.</source>
        <translation>Les notes déjà écrites gardent les titres sous lesquels elles ont été rédigées.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="143"/>
        <source>{name} (built in)</source>
        <translation>{name} (intégré)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="192"/>
        <source>A template has at most 12 sections.</source>
        <translation>Un modèle a au plus 12 rubriques.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="248"/>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="249"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="279"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="280"/>
        <source>Delete the template “{name}”?</source>
        <translation>Supprimer le modèle « {name} » ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="281"/>
        <source>Groups that use it go back to free text. Notes written with it keep their sections.</source>
        <translation>Les groupes qui l’utilisent reviennent au texte libre. Les notes écrites avec ce modèle gardent leurs rubriques.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="285"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="332"/>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="42"/>
        <source>Timer</source>
        <translation>Chronomètre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="50"/>
        <source>Time left in this segment</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Démarrer, mettre en pause ou reprendre la séance (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>Previous segment (←)</source>
        <translation>Étape précédente (←)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>← Previous</source>
        <translation>← Précédente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <source>Next segment (→)</source>
        <translation>Étape suivante (→)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="159"/>
        <source>Next →</source>
        <translation>Suivante →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>One more minute for this segment (+)</source>
        <translation>Une minute de plus pour cette étape (+)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>Five more minutes for this segment</source>
        <translation>Cinq minutes de plus pour cette étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Open discussion</source>
        <translation>Échange libre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Round</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="124"/>
        <source>{kind} · segment {n} of {count}</source>
        <translation>{kind} · étape {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="140"/>
        <source>Planned end: {clock}</source>
        <translation>Fin prévue : {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="147"/>
        <source>Start  (Space)</source>
        <translation>Démarrer  (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="148"/>
        <source>Pause  (Space)</source>
        <translation>Pause  (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="149"/>
        <source>Resume  (Space)</source>
        <translation>Reprendre  (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="173"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="157"/>
        <source>End session →</source>
        <translation>Terminer la séance →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="165"/>
        <source>Session time: {elapsed}</source>
        <translation>Durée de la séance : {elapsed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="169"/>
        <source>Not started · Space begins</source>
        <translation>Pas commencée · Espace pour démarrer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="171"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="176"/>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="178"/>
        <source>Nearly done</source>
        <translation>Bientôt fini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="186"/>
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n min de retard sur le prévu</numerusform>
            <numerusform>%n min de retard sur le prévu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="188"/>
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n min d’avance sur le prévu</numerusform>
            <numerusform>%n min d’avance sur le prévu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="189"/>
        <source>On plan</source>
        <translation>Dans les temps</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="74"/>
        <source>Measure over time</source>
        <translation>Questionnaire au fil du temps</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="78"/>
        <source>{measure} over time</source>
        <translation>{measure} au fil du temps</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="166"/>
        <source>Since the first: {change}</source>
        <translation>Depuis le premier : {change}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="171"/>
        <source>Total from paper</source>
        <translation>Total reporté du papier</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/trend.py" line="45"/>
        <source>Airtime equity over time</source>
        <translation>Équilibre du temps de parole dans le temps</translation>
    </message>
</context>
<context>
    <name>TurnDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="195"/>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="259"/>
        <source>Correct a turn</source>
        <translation>Corriger une prise de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Segment</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="213"/>
        <source>pass</source>
        <translation>passe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="234"/>
        <source>It was a &amp;pass (nothing said)</source>
        <translation>C’était une &amp;passe (rien dit)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="240"/>
        <source>&amp;Who spoke:</source>
        <translation>&amp;Qui a parlé :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="241"/>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="247"/>
        <source>&amp;Save correction</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="252"/>
        <source>Fix the selected turn:</source>
        <translation>Corriger la prise de parole sélectionnée :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="262"/>
        <source>The change is recorded with today's date and shown on the session.</source>
        <translation>La modification est enregistrée avec la date du jour et affichée sur la séance.</translation>
    </message>
</context>
<context>
    <name>TurnTimeline</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="45"/>
        <source>Turn timeline</source>
        <translation>Chronologie des prises de parole</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="64"/>
        <source>{turns} by {members}</source>
        <translation>{turns} par {members}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="115"/>
        <source>{alias} passed · {segment} · at {at}</source>
        <translation>{alias} a passé son tour · {segment} · à {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="117"/>
        <source>{alias} spoke {length} · {segment} · at {at}</source>
        <translation>{alias} a parlé {length} · {segment} · à {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="124"/>
        <source>Click to correct this turn.</source>
        <translation>Cliquez pour corriger cette prise de parole.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="84"/>
        <source>Workspace locked</source>
        <translation>Espace de travail verrouillé</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="85"/>
        <source>Enter your passphrase to carry on where you left off.</source>
        <translation>Saisissez votre phrase secrète pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="87"/>
        <source>Unlock your workspace</source>
        <translation>Déverrouiller votre espace de travail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="88"/>
        <source>Enter your passphrase to open your groups, members and notes.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir vos groupes, vos membres et vos notes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="96"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="102"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="107"/>
        <source>Forgot it? Use &amp;recovery key</source>
        <translation>Oubliée ? Utiliser la clé de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="137"/>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="245"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="141"/>
        <source>&amp;Back to passphrase</source>
        <translation>Re&amp;tour à la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="229"/>
        <source>Unlock with your recovery key</source>
        <translation>Avec votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="231"/>
        <source>&amp;Unlock and set passphrase</source>
        <translation>&amp;Déverrouiller et changer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="290"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Cette phrase secrète ne déverrouille pas cet espace de travail. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="351"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>L’espace de travail n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="357"/>
        <source>The disk is full, so the workspace could not be unlocked. What you had open is kept as it was. Free some space on this disk, then unlock again.</source>
        <translation>Le disque est plein : l’espace de travail n’a pas pu être déverrouillé. Ce que vous aviez ouvert reste tel quel. Libérez de l’espace sur ce disque, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="361"/>
        <source>The disk is full, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Free some space on this disk (empty the wastebasket, or move large files elsewhere), then unlock again.</source>
        <translation>Le disque est plein : l’espace de travail n’a pas pu être ouvert. Rien n’est encore ouvert et rien n’a été modifié. Libérez de l’espace sur ce disque (videz la corbeille, ou déplacez de gros fichiers ailleurs), puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="369"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be unlocked. What you had open is kept as it was. Make the disk writable again, then unlock again.</source>
        <translation>Le disque qui contient l’espace de travail est en lecture seule : l’espace de travail n’a pas pu être déverrouillé. Ce que vous aviez ouvert reste tel quel. Rendez le disque de nouveau accessible en écriture, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="374"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Make the disk writable again (a memory stick's lock switch, a disk that needs checking), or copy the data folder to a disk you can write to, then unlock again.</source>
        <translation>Le disque qui contient l’espace de travail est en lecture seule : l’espace de travail n’a pas pu être ouvert. Rien n’est encore ouvert et rien n’a été modifié. Rendez le disque de nouveau accessible en écriture (le verrou d’une clé USB, un disque à vérifier), ou copiez le dossier de données sur un disque où vous pouvez écrire, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="383"/>
        <source>A problem with the disk stopped the workspace from unlocking. What you had open is kept as it was. Check that the disk is connected and working, then unlock again.</source>
        <translation>Un problème de disque a empêché le déverrouillage de l’espace de travail. Ce que vous aviez ouvert reste tel quel. Vérifiez que le disque est branché et fonctionne, puis déverrouillez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="388"/>
        <source>A problem with the disk stopped the workspace from opening. Nothing is open yet, and nothing has been changed. Check that the disk is connected and working, then unlock again.</source>
        <translation>Un problème de disque a empêché l’ouverture de l’espace de travail. Rien n’est encore ouvert et rien n’a été modifié. Vérifiez que le disque est branché et fonctionne, puis déverrouillez à nouveau.</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="58"/>
        <source>Check before printing: some text will not print as written.</source>
        <translation>À vérifier avant d’imprimer : une partie du texte ne s’imprimera pas telle qu’elle est écrite.</translation>
    </message>
</context>
</TS>
