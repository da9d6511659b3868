<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="44"/>
        <source>Accept an invitation</source>
        <translation>Aceptar una invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="51"/>
        <source>The invitation</source>
        <translation>La invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="52"/>
        <source>fd-invite-1:…  (paste it whole)</source>
        <translation>fd-invite-1:…  (pégala entera)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="55"/>
        <source>&amp;Invitation (or your co-facilitator's card):</source>
        <translation>&amp;Invitación (o la tarjeta de tu cofacilitador):</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="58"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Siguiente: comparar el número de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="63"/>
        <source>Accept a shared group</source>
        <translation>Aceptar un grupo compartido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="66"/>
        <source>Paste the invitation your co-facilitator sent. Their group then comes to this laptop at the next sync, sealed for it alone.</source>
        <translation>Pega la invitación que te envió tu cofacilitador. Su grupo llegará a este equipo en la próxima sincronización, cifrado solo para él.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="82"/>
        <source>Your co-facilitator saw twelve digits when they shared the group. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Tu cofacilitador vio doce dígitos al compartir el grupo. Léelos en voz alta por turnos o compara las dos pantallas una junto a la otra.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="89"/>
        <source>This is a card, not an invitation: compare the number now, then paste the invitation when it comes.</source>
        <translation>Esto es una tarjeta, no una invitación: compara ahora el número y pega la invitación cuando llegue.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="98"/>
        <source>&amp;Accept the invitation</source>
        <translation>&amp;Aceptar la invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="114"/>
        <source>Accepted. The group appears in your group list at the next sync, with its history; until then it is listed on the Sharing page as waiting.</source>
        <translation>Aceptada. El grupo aparecerá en tu lista de grupos en la próxima sincronización, con su historial; mientras tanto figura como pendiente en la página Uso compartido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="121"/>
        <source>&amp;Done</source>
        <translation>He&amp;cho</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="45"/>
        <source>{hours} {minutes}</source>
        <extracomment>a length said aloud, e.g. &quot;1 hour 5 minutes&quot;.</extracomment>
        <translation>{hours} y {minutes}</translation>
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
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="64"/>
        <source>{n} percent</source>
        <translation>{n} por ciento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="69"/>
        <source>{name}, {length}, {share}</source>
        <translation>{name}, {length}, {share}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="72"/>
        <source>{row}, speaking now</source>
        <translation>{row}, hablando ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="76"/>
        <source>speaking now</source>
        <translation>hablando ahora</translation>
    </message>
</context>
<context>
    <name>AcknowledgementPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="43"/>
        <source>Ground rules</source>
        <translation>Normas del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="51"/>
        <source>Date signed</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="55"/>
        <source>Signed on:</source>
        <translation>Firmado el:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="57"/>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="126"/>
        <source>Record signa&amp;ture</source>
        <translation>Registrar &amp;firma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="59"/>
        <source>Print rules for this member…</source>
        <translation>Imprimir las normas con su nombre…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="61"/>
        <source>The ground-rules handout with this member's name on the signature line</source>
        <translation>La hoja de normas con el nombre de esta persona en la línea de la firma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="124"/>
        <source>Record signa&amp;ture of v{n}</source>
        <translation>Registrar &amp;firma de la v{n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="143"/>
        <source>Recorded: signed version {n} on {date}.</source>
        <translation>Registrado: firmó la versión {n} el {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="166"/>
        <source>This group has no ground rules yet.</source>
        <translation>Este grupo aún no tiene normas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="168"/>
        <source>Signed the current rules (v{n}) on {date}.</source>
        <translation>Firmó las normas vigentes (v{n}) el {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="173"/>
        <source>Signed v{old} on {date}; not yet the current rules (v{n}).</source>
        <translation>Firmó la v{old} el {date}; aún no ha firmado las normas vigentes (v{n}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="178"/>
        <source>Not signed the current rules (v{n}).</source>
        <translation>No ha firmado las normas vigentes (v{n}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="184"/>
        <source>Earlier: {versions}</source>
        <translation>Anteriores: {versions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="186"/>
        <source>v{n} on {date}</source>
        <translation>v{n} el {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="205"/>
        <source>%Ln of {members} members have signed v{n}.</source>
        <translation>
            <numerusform>%Ln de {members} participantes ha firmado la v{n}.</numerusform>
            <numerusform>%Ln de {members} participantes han firmado la v{n}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddendaList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="33"/>
        <source>Addendum of {date}, {time}</source>
        <translation>Anexo del {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="39"/>
        <source>This addendum is damaged and cannot be shown.</source>
        <translation>Este anexo está dañado y no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="25"/>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="39"/>
        <source>Addendum</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="29"/>
        <source>The note is signed: it stays as it was. The addendum is added under it, dated today, and cannot be changed either.</source>
        <translation>La nota está firmada: se queda como estaba. El anexo se añade debajo, con la fecha de hoy, y tampoco se podrá modificar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="45"/>
        <source>&amp;Add addendum</source>
        <translation>&amp;Añadir anexo</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Segment</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="64"/>
        <source>Add segmen&amp;t</source>
        <translation>Añadir &amp;bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="65"/>
        <source>Add a segment at the end of the agenda</source>
        <translation>Añade un bloque al final de la agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="68"/>
        <source>No segments yet: add check-in, discussion and check-out.</source>
        <translation>Aún no hay bloques: añade apertura, diálogo y cierre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="183"/>
        <source>e.g. Check-in</source>
        <translation>p. ej., Ronda de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="184"/>
        <source>Segment {n} name</source>
        <translation>Nombre del bloque {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="190"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="191"/>
        <source>Segment {n} minutes</source>
        <translation>Minutos del bloque {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="193"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="194"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="196"/>
        <source>Everyone speaks in seat order; anyone may pass.</source>
        <translation>Cada persona habla por orden de asiento; cualquiera puede pasar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="197"/>
        <source>Open discussion: raise a hand to join the queue.</source>
        <translation>Diálogo abierto: quien quiera hablar levanta la mano y pide turno.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="199"/>
        <source>Segment {n} kind</source>
        <translation>Tipo del bloque {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="200"/>
        <source>Move segment {n} up</source>
        <translation>Subir el bloque {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="201"/>
        <source>Move segment {n} down</source>
        <translation>Bajar el bloque {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="202"/>
        <source>Remove segment {n}</source>
        <translation>Quitar el bloque {n}</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="33"/>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="35"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add a segment</source>
        <translation>Añadir un bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Change the selected segment's minutes</source>
        <translation>Cambiar los minutos del bloque seleccionado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Minutes…</source>
        <translation>Minutos…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="45"/>
        <source>Remove the selected segment</source>
        <translation>Quitar el bloque seleccionado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="46"/>
        <source>Move the selected segment earlier</source>
        <translation>Adelantar el bloque seleccionado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="47"/>
        <source>Move the selected segment later</source>
        <translation>Retrasar el bloque seleccionado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>round</source>
        <translation>ronda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="146"/>
        <source>{mark}  {name} · {minutes} min · {kind}</source>
        <translation>{mark}  {name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="150"/>
        <source> · took {took}</source>
        <translation> · duró {took}</translation>
    </message>
</context>
<context>
    <name>AirtimeBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/airtime_bars.py" line="76"/>
        <source>Airtime</source>
        <translation>Tiempo de palabra</translation>
    </message>
</context>
<context>
    <name>AnnouncementSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="20"/>
        <source>Screen reader</source>
        <translation>Lector de pantalla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="24"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="25"/>
        <source>key moments</source>
        <translation>los momentos clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="26"/>
        <source>key moments and each minute left</source>
        <translation>los momentos clave y cada minuto restante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="30"/>
        <source>What a session announces to a screen reader</source>
        <translation>Lo que una sesión anuncia al lector de pantalla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="33"/>
        <source>During a session, &amp;announce</source>
        <translation>Durante una sesión, a&amp;nunciar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="40"/>
        <source>Key moments: a new speaker, a new segment, nearly done and over time. Your screen reader says them after what it is reading; only “over time” interrupts it. Without a screen reader nothing is said.</source>
        <translation>Momentos clave: alguien empieza a hablar, empieza un bloque, queda poco y tiempo excedido. Tu lector de pantalla los dice después de lo que esté leyendo; solo “tiempo excedido” lo interrumpe. Sin lector de pantalla no se dice nada.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="118"/>
        <source>Correct attendance</source>
        <translation>Corregir la asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="126"/>
        <source>— not recorded —</source>
        <translation>— sin registrar —</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="138"/>
        <source>&amp;Save corrections</source>
        <translation>&amp;Guardar correcciones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="142"/>
        <source>Attendance on {date}</source>
        <translation>Asistencia del {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="145"/>
        <source>Each change is recorded with today's date and shown on the session.</source>
        <translation>Cada cambio queda registrado con la fecha de hoy y se muestra en la sesión.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="53"/>
        <source>Attendance grid</source>
        <translation>Cuadrícula de asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="59"/>
        <source>{members} over {sessions}</source>
        <translation>{members} en {sessions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="146"/>
        <source>Open {alias}'s page</source>
        <translation>Abrir la página de {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="157"/>
        <source>Open the session of {date}</source>
        <translation>Abrir la sesión del {date}</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="32"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="59"/>
        <source>Corrected afterwards.</source>
        <translation>Corregido después.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="60"/>
        <source>Click to open their page.</source>
        <translation>Haz clic para abrir su página.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="90"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="91"/>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="92"/>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="93"/>
        <source>Left</source>
        <translation>Salió</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="94"/>
        <source>Excused</source>
        <translation>Avisó</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="95"/>
        <source>Absent</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="98"/>
        <source>The member's number for the whole session: press it to queue them once they are here (0 then two digits from 10 up)</source>
        <translation>El número de la persona durante toda la sesión: púlsalo para darle turno cuando ya esté (del 10 en adelante: 0 y dos cifras)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="102"/>
        <source>Click a name to add the member to the queue</source>
        <translation>Haz clic en un nombre para añadir a esa persona a la lista de turnos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="103"/>
        <source>Present: click, or Enter on the row</source>
        <translation>Presente: clic, o Enter en la fila</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="104"/>
        <source>Late: the first arrival time is kept</source>
        <translation>Tarde: se guarda la primera hora de llegada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="105"/>
        <source>Left early: the time is kept</source>
        <translation>Salió antes: se guarda la hora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="106"/>
        <source>Excused: told ahead they could not come</source>
        <translation>Justificada: avisó de antemano que no podía venir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="107"/>
        <source>Absent without notice</source>
        <translation>Ausente sin aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="112"/>
        <source>Speaking now</source>
        <translation>Hablando ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="113"/>
        <source>Up next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="114"/>
        <source>Waiting to speak</source>
        <translation>Esperando turno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="118"/>
        <source>speaking now</source>
        <translation>hablando ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="119"/>
        <source>up next</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="120"/>
        <source>waiting to speak</source>
        <translation>esperando turno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="123"/>
        <source>here</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="124"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="125"/>
        <source>left early</source>
        <translation>salió antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="126"/>
        <source>excused</source>
        <translation>justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="127"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="128"/>
        <source>not marked yet</source>
        <translation>sin marcar todavía</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="188"/>
        <source>Number {n} for the whole session</source>
        <translation>Número {n} durante toda la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="190"/>
        <source>Number {n}</source>
        <translation>Número {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>chosen</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>not chosen</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="204"/>
        <source>Attendance of {name}: one choice of {count}</source>
        <translation>Asistencia de {name}: una opción de {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="228"/>
        <source>Not marked yet</source>
        <translation>Aún sin marcar</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="127"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="142"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="129"/>
        <source>&amp;All present</source>
        <translation>&amp;Asisten todos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="130"/>
        <source>Mark everyone not marked yet as present (Alt+A)</source>
        <translation>Marca como presentes a quienes aún no están marcados (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="194"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="201"/>
        <source>&amp;Here</source>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="195"/>
        <source>&amp;Late (arrives now)</source>
        <translation>&amp;Tarde (llega ahora)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="196"/>
        <source>Left &amp;early (leaves now)</source>
        <translation>&amp;Salió antes (se va ahora)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="197"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="204"/>
        <source>E&amp;xcused</source>
        <translation>&amp;Justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="205"/>
        <source>&amp;Absent</source>
        <translation>&amp;Ausente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="202"/>
        <source>&amp;Late · came {time}</source>
        <translation>&amp;Tarde · llegada: {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="203"/>
        <source>Left &amp;early · left {time}</source>
        <translation>&amp;Salió antes · salida: {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="210"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="211"/>
        <source>One guest fewer</source>
        <translation>Un invitado menos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="214"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="215"/>
        <source>One more guest</source>
        <translation>Un invitado más</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="225"/>
        <source>Guests (not members):</source>
        <translation>Invitados (no participantes):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="250"/>
        <source>%n here</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="252"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n tarde</numerusform>
            <numerusform>%n tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="254"/>
        <source>%n not marked</source>
        <translation>
            <numerusform>%n sin marcar</numerusform>
            <numerusform>%n sin marcar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="310"/>
        <source>Letters do not mark attendance: Enter on a member (or M then their number) opens the choice, or click the status.</source>
        <translation>Las letras no marcan la asistencia: Enter sobre un participante (o M y su número) abre las opciones; también puedes hacer clic en el estado.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="61"/>
        <source>Only the &amp;current group</source>
        <translation>Solo el grupo a&amp;ctual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Last sessions</source>
        <translation>Últimas sesiones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="70"/>
        <source>Their last attendance marks, oldest on the left</source>
        <translation>Su asistencia en las últimas sesiones, la más antigua a la izquierda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="72"/>
        <source>What needs attention</source>
        <translation>Lo que necesita atención</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="90"/>
        <source>Double-click a line, or select it and press Enter, to open it.</source>
        <translation>Haz doble clic en una línea, o selecciónala y pulsa Enter, para abrirla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="96"/>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="101"/>
        <source>Their airtime share in recent sessions; letters: attendance.</source>
        <translation>Su parte del tiempo de palabra en las últimas sesiones; letras: asistencia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="108"/>
        <source>The selected note</source>
        <translation>La nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="109"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="111"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="112"/>
        <source>The note's follow-up is done; it leaves this list</source>
        <translation>El seguimiento de la nota está hecho; sale de esta lista</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="152"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="214"/>
        <source>Nothing needs following up right now.</source>
        <translation>Ahora mismo no hay nada pendiente de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="162"/>
        <source>Missed sessions without notice</source>
        <translation>Faltas sin aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="163"/>
        <source>Quiet lately</source>
        <translation>Hablan poco últimamente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="166"/>
        <source>Notes to follow up</source>
        <translation>Notas pendientes de seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="178"/>
        <source>{section} ({n})</source>
        <translation>{section} ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="188"/>
        <source>{date} · overdue</source>
        <translation>{date} · vencido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="205"/>
        <source>Across your groups: %Ln things to follow up.</source>
        <translation>
            <numerusform>En todos tus grupos: %Ln seguimiento pendiente.</numerusform>
            <numerusform>En todos tus grupos: %Ln seguimientos pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="206"/>
        <source>Who to call, who to draw in, what you promised.</source>
        <translation>A quién llamar, a quién animar a participar, qué prometiste.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="211"/>
        <source>Open the note</source>
        <translation>Abrir la nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="213"/>
        <source>Open the member's page (the note is listed there)</source>
        <translation>Abrir la página del participante (ahí aparece la nota)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="214"/>
        <source>The note is shown on the right</source>
        <translation>La nota se muestra a la derecha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="217"/>
        <source>Open the member's page</source>
        <translation>Abrir la página del participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open member</source>
        <translation>&amp;Abrir participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open note</source>
        <translation>&amp;Abrir nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="239"/>
        <source>Follow up by {date}.</source>
        <translation>Seguimiento hasta el {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="243"/>
        <source>&amp;Open their page</source>
        <translation>&amp;Abrir su página</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="284"/>
        <source>Follow-up marked as done.</source>
        <translation>Seguimiento marcado como hecho.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="293"/>
        <source>{alias} missed %Ln sessions in a row without notice</source>
        <translation>
            <numerusform>{alias} faltó a %Ln sesión sin avisar</numerusform>
            <numerusform>{alias} faltó a %Ln sesiones seguidas sin avisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="294"/>
        <source>{alias} · %Ln in a row</source>
        <translation>
            <numerusform>{alias} · %Ln falta</numerusform>
            <numerusform>{alias} · %Ln seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="297"/>
        <source>{alias} has said little for %Ln sessions in a row</source>
        <translation>
            <numerusform>{alias} ha hablado poco en %Ln sesión</numerusform>
            <numerusform>{alias} ha hablado poco en %Ln sesiones seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="298"/>
        <source>{alias} · %Ln sessions</source>
        <translation>
            <numerusform>{alias} · %Ln sesión</numerusform>
            <numerusform>{alias} · %Ln sesiones</numerusform>
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
        <translation>ddd d MMM yyyy, {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="61"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="62"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="63"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="64"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="79"/>
        <source>Backup made. Damaged records found while checking it: %Ln (they are damaged in the workspace too and cannot be read). Everything else was verified and is in the backup.</source>
        <translation>
            <numerusform>Copia de seguridad hecha. Al comprobarla se encontró %Ln registro dañado (también está dañado en el espacio de trabajo y no se puede leer). Todo lo demás se ha verificado y está en la copia.</numerusform>
            <numerusform>Copia de seguridad hecha. Al comprobarla se encontraron %Ln registros dañados (también están dañados en el espacio de trabajo y no se pueden leer). Todo lo demás se ha verificado y está en la copia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="96"/>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="110"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="101"/>
        <source>A verified copy is made when you close the app and once a day while it is open. Backups are encrypted like the workspace and open with the same passphrase.</source>
        <translation>Se hace una copia verificada al cerrar la aplicación y una vez al día mientras está abierta. Las copias están cifradas igual que el espacio de trabajo y se abren con la misma frase clave.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="117"/>
        <source>The computer's clock was changed between backups, so their dates are out of order. The list shows them in the order they were made, newest first.</source>
        <translation>El reloj del equipo cambió entre una copia y otra, así que sus fechas no están en orden. La lista las muestra en el orden en que se hicieron, la más reciente primero.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="131"/>
        <source>&amp;Keep the newest</source>
        <translation>C&amp;onservar las últimas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="136"/>
        <source>backups</source>
        <translation>copias</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="142"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="145"/>
        <source>&amp;Export for another laptop…</source>
        <translation>&amp;Exportar para otro equipo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="179"/>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="195"/>
        <source>Backup made and verified.</source>
        <translation>Copia de seguridad hecha y verificada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="218"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="220"/>
        <source>Go back to the backup made {made}?</source>
        <extracomment>{made} is when the backup was made, as the list shows it.</extracomment>
        <translation>¿Volver a la copia de seguridad del {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="221"/>
        <source>Everything changed since then is replaced. The current state is backed up first, so you can come back to it. You will unlock again afterwards.</source>
        <translation>Todo lo que ha cambiado desde entonces se sustituye. Antes se hace una copia del estado actual, para que puedas volver a él. Después tendrás que desbloquear de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="225"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="234"/>
        <source>Export the workspace</source>
        <translation>Exportar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="236"/>
        <source>Facilitator workspace (*.fdw)</source>
        <translation>Espacio de trabajo de Facilitator (*.fdw)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="248"/>
        <source>Exported. On the new laptop choose Import… and use the same passphrase.</source>
        <translation>Exportado. En el otro equipo, elige Importar… y usa la misma frase clave.</translation>
    </message>
    <message>
        <source>Go back to the backup made %s?</source>
        <translation type="vanished">¿Volver a la copia de seguridad del %s?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="50"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="53"/>
        <source>Change your passphrase</source>
        <translation>Cambia tu frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="54"/>
        <source>Current passphrase</source>
        <translation>Frase clave actual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase clave &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="68"/>
        <source>Why are you changing it?</source>
        <translation>¿Por qué la cambias?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="69"/>
        <source>&amp;Routine change: nobody else knows the old one</source>
        <translation>Cambio &amp;rutinario: nadie más conoce la anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="70"/>
        <source>&amp;Someone may know the old one, or saw it typed</source>
        <translation>&amp;Puede que alguien conozca la anterior o la haya visto escribir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="87"/>
        <source>C&amp;hange passphrase</source>
        <translation>Ca&amp;mbiar la frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="138"/>
        <source>A new workspace key is made and every private detail is re-encrypted, backups included, so a copy of the old key is useless. A recovery key stops working; a new one is shown to print.</source>
        <translation>Se crea una nueva clave del espacio de trabajo y se vuelven a cifrar todos los datos privados, copias de seguridad incluidas, así que una copia de la clave anterior ya no sirve. La clave de recuperación deja de funcionar; se muestra una nueva para imprimir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="144"/>
        <source>Only the lock on the workspace key changes, in the workspace and in every backup: from now on only the new passphrase opens them.</source>
        <translation>Solo cambia el candado de la clave del espacio de trabajo, en el espacio de trabajo y en cada copia de seguridad: a partir de ahora solo la nueva frase clave los abre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="167"/>
        <source>That is the passphrase you have now.</source>
        <translation>Esa es la frase clave que tienes ahora.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="187"/>
        <source>Checking the current passphrase…</source>
        <translation>Comprobando la frase clave actual…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="211"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Esa no es la frase clave actual. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="218"/>
        <source>The passphrase could not be changed: {reason}</source>
        <translation>No se pudo cambiar la frase clave: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="224"/>
        <source>The passphrase could not be changed ({kind}). Nothing was changed.</source>
        <translation>No se pudo cambiar la frase clave ({kind}). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="39"/>
        <source>No sessions to show.</source>
        <translation>No hay sesiones que mostrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="42"/>
        <source>One session, {date}.</source>
        <translation>Una sesión, {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="44"/>
        <source>{count} from {first} to {last}.</source>
        <translation>{count} del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="53"/>
        <source>Lowest {low} ({low_date}), highest {high} ({high_date}).</source>
        <translation>Mínimo {low} ({low_date}), máximo {high} ({high_date}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="59"/>
        <source>Latest first: {values}.</source>
        <translation>De la más reciente a la más antigua: {values}.</translation>
    </message>
</context>
<context>
    <name>CheckinLine</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="58"/>
        <source>No check-in scores recorded for them yet.</source>
        <translation>Aún no hay puntuaciones de apertura registradas para esta persona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="60"/>
        <source>Check-in score, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Puntuación de apertura, una sesión, {date}: {score} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="68"/>
        <source>Check-in scores, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Puntuaciones de apertura, {n} sesiones del {first} al {last}: última {latest}, mínima {lowest}, máxima {highest} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="88"/>
        <source>No check-in scores recorded in this group yet.</source>
        <translation>Aún no hay puntuaciones de apertura registradas en este grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="90"/>
        <source>Group check-in average, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Media de apertura del grupo, una sesión, {date}: {score} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="100"/>
        <source>Group check-in average, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Media de apertura del grupo, {n} sesiones del {first} al {last}: última {latest}, mínima {lowest}, máxima {highest} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="123"/>
        <source>One score could not be read (damaged) and is left out.</source>
        <translation>Una puntuación no se pudo leer (está dañada) y se ha dejado fuera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="127"/>
        <source>{n} scores could not be read (damaged) and are left out.</source>
        <translation>{n} puntuaciones no se pudieron leer (están dañadas) y se han dejado fuera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <source>Check-in average per session</source>
        <translation>Media de apertura por sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Check-in scores</source>
        <translation>Puntuaciones de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Group check-in average</source>
        <translation>Media de apertura del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="156"/>
        <source>Check-in summary</source>
        <translation>Resumen de las puntuaciones de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="158"/>
        <source>Dots: the average of the scores said in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Puntos: la media de las puntuaciones dichas en cada sesión; línea discontinua: la media de las últimas 4. Haz clic en un punto para abrir esa sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="163"/>
        <source>Dots: their score in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Puntos: su puntuación en cada sesión; línea discontinua: la media de las últimas 4. Haz clic en un punto para abrir esa sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>check-in</source>
        <translation>apertura</translation>
    </message>
</context>
<context>
    <name>CheckinScaleEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="53"/>
        <source>Lowest check-in score</source>
        <translation>Puntuación de apertura más baja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="54"/>
        <source>Highest check-in score</source>
        <translation>Puntuación de apertura más alta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="57"/>
        <source>How are you arriving today?</source>
        <translation>¿Cómo llegas hoy?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="58"/>
        <source>Check-in question</source>
        <translation>Pregunta de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="62"/>
        <source>Each member rates themselves aloud in the check-in round; S then the number records it. Higher means better. Scores stay private: never on the room display.</source>
        <translation>En la ronda de apertura, cada participante se puntúa en voz alta; S y el número lo registra. Más alto significa mejor. Las puntuaciones son privadas: nunca aparecen en la pantalla de la sala.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="71"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="72"/>
        <source>ask&amp;ed:</source>
        <translation>preg&amp;unta:</translation>
    </message>
</context>
<context>
    <name>CompareStep</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="22"/>
        <source>Compare the safety number</source>
        <translation>Compara el número de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="26"/>
        <source>If a single digit differs, stop: someone may have changed the card on its way. Exchange cards again in person.</source>
        <translation>Si un solo dígito no coincide, detente: puede que alguien haya cambiado la tarjeta por el camino. Vuelve a intercambiar las tarjetas en persona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="34"/>
        <source>&amp;Type the digits you both see:</source>
        <translation>&amp;Escribe los dígitos que aparecen en las dos pantallas:</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="44"/>
        <source>Passphrase</source>
        <translation>Frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="48"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase clave:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="85"/>
        <source>That is not the passphrase of this workspace.</source>
        <translation>Esa no es la frase clave de este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="74"/>
        <source>The connection failed ({kind}).</source>
        <translation>No se pudo conectar ({kind}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="77"/>
        <source>Connected: the server answered and accepted the role.</source>
        <translation>Conectado: el servidor respondió y aceptó el rol.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="89"/>
        <source>The server refused the role or the password. Check both with your agency.</source>
        <translation>El servidor rechazó el rol o la contraseña. Compruébalos con tu organización.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="91"/>
        <source>The server has no database of that name. Check the database's name.</source>
        <translation>El servidor no tiene ninguna base de datos con ese nombre. Comprueba el nombre de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="93"/>
        <source>The server has no role of that name. Check the role.</source>
        <translation>El servidor no tiene ningún rol con ese nombre. Comprueba el rol.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="95"/>
        <source>The server offers no verified encrypted (TLS) connection, which is required for every server but this computer. Ask your agency for its certificate set-up.</source>
        <translation>El servidor no ofrece una conexión cifrada (TLS) verificada, obligatoria con cualquier servidor que no sea este equipo. Pide a tu organización la configuración de su certificado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="100"/>
        <source>Nothing answered in time at that address. Check the address, or the network.</source>
        <translation>Nada respondió a tiempo en esa dirección. Comprueba la dirección o la red.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="102"/>
        <source>No server of that name was found. Check the address, or the network.</source>
        <translation>No se encontró ningún servidor con ese nombre. Comprueba la dirección o la red.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="104"/>
        <source>Nothing answers at that address and port. Check both, or the network.</source>
        <translation>Nada responde en esa dirección y ese puerto. Comprueba ambos, o la red.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="105"/>
        <source>The server could not be reached: {detail}</source>
        <translation>No se pudo conectar con el servidor: {detail}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="64"/>
        <source>{alias}: attendance {before} → {after}</source>
        <translation>{alias}: asistencia {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="66"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="77"/>
        <source>turn moved from {before} to {after}</source>
        <translation>turno pasado de {before} a {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="85"/>
        <source>length {before} → {after}</source>
        <translation>duración {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>marked as a pass</source>
        <translation>marcado como pase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>not a pass</source>
        <translation>no fue un pase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="93"/>
        <source>A turn: {changes}</source>
        <translation>Un turno: {changes}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="24"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="28"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="32"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="90"/>
        <source>%Ln turns</source>
        <translation>
            <numerusform>%Ln turno</numerusform>
            <numerusform>%Ln turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="94"/>
        <source>%Ln passes</source>
        <translation>
            <numerusform>%Ln pase</numerusform>
            <numerusform>%Ln pases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="98"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="102"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="106"/>
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln invitado</numerusform>
            <numerusform>%Ln invitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="110"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln asistió</numerusform>
            <numerusform>%Ln asistieron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="25"/>
        <source>A short report could not be written on this computer (the disk may be full or read-only).</source>
        <translation>No se pudo escribir un informe breve en este equipo (puede que el disco esté lleno o sea de solo lectura).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="29"/>
        <source>A short report was written on this computer. It records only where in the program the problem happened: no names, notes or other text from your workspace. Nothing is sent anywhere.</source>
        <translation>Se ha escrito un informe breve en este equipo. Solo indica en qué parte del programa ocurrió el problema: ningún nombre, nota ni otro texto de tu espacio de trabajo. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="49"/>
        <source>Facilitator Desktop could not start: it met a problem it did not expect.</source>
        <translation>Facilitator Desktop no pudo iniciarse: encontró un problema inesperado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="51"/>
        <source>What you saved before is safe. Please try starting it again.</source>
        <translation>Lo que guardaste antes está a salvo. Intenta abrir la aplicación de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="53"/>
        <source>Facilitator Desktop met a problem it did not expect.</source>
        <translation>Facilitator Desktop encontró un problema inesperado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="54"/>
        <source>What you saved is safe. If something on screen looks wrong, save what you can and restart the app.</source>
        <translation>Lo que guardaste está a salvo. Si algo en pantalla no parece correcto, guarda lo que puedas y reinicia la aplicación.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="63"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="72"/>
        <source>It has happened %Ln times since this message appeared.</source>
        <translation>
            <numerusform>Ha ocurrido %Ln vez desde que apareció este mensaje.</numerusform>
            <numerusform>Ha ocurrido %Ln veces desde que apareció este mensaje.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="63"/>
        <source>Create your workspace</source>
        <translation>Crea tu espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="65"/>
        <source>Your groups, members and notes stay on this computer, in one workspace encrypted with a passphrase that only you know.</source>
        <translation>Tus grupos, participantes y notas se quedan en este equipo, en un espacio de trabajo cifrado con una frase clave que solo tú conoces.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="90"/>
        <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; If it is forgotten, the workspace cannot be opened and nobody can recover it: there is no reset and no back door.</source>
        <translation>&lt;b&gt;Anota tu frase clave y guárdala en un lugar seguro.&lt;/b&gt; Si la olvidas, el espacio de trabajo no se podrá abrir y nadie podrá recuperarlo: no hay forma de restablecerla ni puerta trasera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="103"/>
        <source>Also create a recovery &amp;key now</source>
        <translation>Crear también una clave de &amp;recuperación ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="105"/>
        <source>A second key, shown once for you to print, that opens the workspace if the passphrase is forgotten. You can also create it later in Settings.</source>
        <translation>Una segunda clave, que se muestra una sola vez para que la imprimas, y que abre el espacio de trabajo si olvidas la frase clave. También puedes crearla más tarde en Configuración.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="117"/>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="188"/>
        <source>&amp;Create workspace</source>
        <translation>&amp;Crear espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="121"/>
        <source>&amp;Import from another laptop…</source>
        <translation>&amp;Importar desde otro equipo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="123"/>
        <source>Open a workspace exported with Backups ▸ Export, with its passphrase</source>
        <translation>Abre un espacio de trabajo exportado con Copias de seguridad ▸ Exportar, con su frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="170"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="179"/>
        <source>The workspace could not be created: {reason}</source>
        <translation>No se pudo crear el espacio de trabajo: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="205"/>
        <source>Import a workspace</source>
        <translation>Importar un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="207"/>
        <source>Facilitator workspace (*.fdw *.db);;All files (*)</source>
        <translation>Espacio de trabajo de Facilitator (*.fdw *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DefaultAgenda</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="28"/>
        <source>Check-in</source>
        <translation>Ronda de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="29"/>
        <source>Discussion</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="30"/>
        <source>Check-out</source>
        <translation>Ronda de cierre</translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="36"/>
        <source>It leaves History for good, with everything recorded in it:</source>
        <translation>Desaparece del historial para siempre, con todo lo registrado en ella:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="37"/>
        <source>attendance of %Ln members</source>
        <translation>
            <numerusform>la asistencia de %Ln participante</numerusform>
            <numerusform>la asistencia de %Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="38"/>
        <source>%Ln turns and passes, and the session's timeline</source>
        <translation>
            <numerusform>%Ln turno o pase, y la cronología de la sesión</numerusform>
            <numerusform>%Ln turnos y pases, y la cronología de la sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="39"/>
        <source>planned and actual times of %Ln segments</source>
        <translation>
            <numerusform>los tiempos previstos y reales de %Ln bloque</numerusform>
            <numerusform>los tiempos previstos y reales de %Ln bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="42"/>
        <source>%Ln corrections made afterwards</source>
        <translation>
            <numerusform>%Ln corrección hecha después</numerusform>
            <numerusform>%Ln correcciones hechas después</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="43"/>
        <source>Follow-ups, insights and members' pages are counted again without it.</source>
        <translation>Los seguimientos, el panorama del grupo y las páginas de los participantes se vuelven a calcular sin ella.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="46"/>
        <source>Its %Ln notes are kept, with their group and members, no longer linked to a session, unless you tick the box below.</source>
        <translation>
            <numerusform>Su nota se conserva, con su grupo y participantes, ya sin vínculo con ninguna sesión, salvo que marques la casilla de abajo.</numerusform>
            <numerusform>Sus %Ln notas se conservan, con su grupo y participantes, ya sin vínculo con ninguna sesión, salvo que marques la casilla de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="53"/>
        <source>No notes were written in it.</source>
        <translation>No se escribió ninguna nota en ella.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="54"/>
        <source>Backups made before now still hold it until newer backups replace them.</source>
        <translation>Las copias de seguridad hechas hasta ahora la siguen conteniendo hasta que las sustituyan otras más recientes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="59"/>
        <source>Also delete its %Ln notes</source>
        <translation>
            <numerusform>Borrar también su nota</numerusform>
            <numerusform>Borrar también sus %Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="61"/>
        <source>(%Ln are open follow-ups)</source>
        <translation>
            <numerusform>(%Ln es un seguimiento pendiente)</numerusform>
            <numerusform>(%Ln son seguimientos pendientes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="70"/>
        <source>Delete session</source>
        <translation>Borrar la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="72"/>
        <source>Delete the session of {date}, {time}?</source>
        <translation>¿Borrar la sesión del {date}, {time}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="82"/>
        <source>&amp;Delete session</source>
        <translation>&amp;Borrar la sesión</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="92"/>
        <source>Erase member</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="96"/>
        <source>Erase {alias} for good?</source>
        <translation>¿Eliminar a {alias} para siempre?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="101"/>
        <source>Type the alias to confirm</source>
        <translation>Escribe el alias para confirmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="106"/>
        <source>Type “{alias}” to confirm:</source>
        <translation>Escribe “{alias}” para confirmar:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="113"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Eliminar para siempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="136"/>
        <source>their alias, full name, contact and remarks;</source>
        <translation>su alias, nombre completo, contacto y observaciones;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="137"/>
        <source>their attendance and speaking turns in every session;</source>
        <translation>su asistencia y sus turnos de palabra en todas las sesiones;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="140"/>
        <source>the %Ln notes that are only about them.</source>
        <translation>
            <numerusform>la nota que trata solo sobre esta persona.</numerusform>
            <numerusform>las %Ln notas que tratan solo sobre esta persona.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="141"/>
        <source>all of this in every backup in the data folder, too.</source>
        <translation>todo esto también en cada copia de seguridad de la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="142"/>
        <source>&lt;p&gt;This removes, for good:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esto elimina para siempre:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="145"/>
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</source>
        <translation>
            <numerusform>La nota que también trata sobre otros participantes se conserva: {alias} se desvincula de ella. Su alias, nombre y datos de contacto se sustituyen por “[antiguo participante]” allí donde aparezcan en las notas del grupo, escritos de cualquier forma.</numerusform>
            <numerusform>Las %Ln notas que también tratan sobre otros participantes se conservan: {alias} se desvincula de ellas. Su alias, nombre y datos de contacto se sustituyen por “[antiguo participante]” allí donde aparezcan en las notas del grupo, escritos de cualquier forma.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="153"/>
        <source>&lt;p&gt;&lt;b&gt;What stays, out of the app's reach:&lt;/b&gt; member records, CSV files, session summaries and copies for another laptop already exported, and anything printed. Ask for those back or destroy them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lo que queda fuera del alcance de la aplicación:&lt;/b&gt; fichas de participantes, archivos CSV, resúmenes de sesión y copias para otro equipo ya exportados, y todo lo impreso. Pide que te los devuelvan o destrúyelos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="158"/>
        <source>&lt;p&gt;This cannot be undone. To give them a copy of their record first, cancel and use &lt;i&gt;Export member record…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esto no se puede deshacer. Para darle antes una copia de su ficha, cancela y usa &lt;i&gt;Exportar ficha…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “{marker}” wherever they appear in the group's notes, in any spelling.</source>
        <translation type="vanished">
            <numerusform>La nota que también trata sobre otros participantes se conserva: {alias} se desvincula de ella. Su alias, nombre y datos de contacto se sustituyen por “{marker}” allí donde aparezcan en las notas del grupo, escritos de cualquier forma.</numerusform>
            <numerusform>Las %Ln notas que también tratan sobre otros participantes se conservan: {alias} se desvincula de ellas. Su alias, nombre y datos de contacto se sustituyen por “{marker}” allí donde aparezcan en las notas del grupo, escritos de cualquier forma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="206"/>
        <source>{name} has {items} items; {count} answers were given.</source>
        <translation>{name} tiene {items} ítems; respuestas dadas: {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="233"/>
        <source>no</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="246"/>
        <source>The total</source>
        <translation>El total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="248"/>
        <source>Item {number}</source>
        <translation>El ítem {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="251"/>
        <location filename="../../facilitator_desktop/domain/measures.py" line="253"/>
        <source>{what} must be a number.</source>
        <translation>{what} debe ser un número.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a number with one decimal</source>
        <translation>un número con un decimal</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="260"/>
        <source>{what} must be {step}.</source>
        <translation>{what} debe ser {step}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="265"/>
        <source>{what} must be from {low} to {high}.</source>
        <translation>{what} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="307"/>
        <source>The standard deviation must be above 0.</source>
        <translation>La desviación típica debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="309"/>
        <source>The reliability must be from 0 to below 1.</source>
        <translation>La fiabilidad debe ser de 0 a menos de 1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="333"/>
        <source>Give the measure a name, for example ORS.</source>
        <translation>Ponle un nombre al cuestionario, por ejemplo ORS.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="336"/>
        <location filename="../../facilitator_desktop/domain/validation.py" line="64"/>
        <source>Keep the name to {limit} characters or fewer.</source>
        <translation>El nombre puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="339"/>
        <source>Answers are whole numbers or tenths.</source>
        <translation>Las respuestas son números enteros o con décimas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="341"/>
        <source>A measure has 1 to {limit} items.</source>
        <translation>Un cuestionario tiene de 1 a {limit} ítems.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="346"/>
        <source>An item's range is whole numbers from {low} to {high}.</source>
        <translation>El rango de un ítem va en números enteros de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="351"/>
        <source>The highest answer must be above the lowest.</source>
        <translation>La respuesta más alta debe ser mayor que la más baja.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="366"/>
        <source>The reliable change must be a number.</source>
        <translation>El cambio fiable debe ser un número.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="370"/>
        <source>The reliable change must be above 0 and at most {span} (the whole range of the total).</source>
        <translation>El cambio fiable debe ser mayor que 0 y como máximo {span} (todo el rango del total).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="395"/>
        <source>Use {limit} bands or fewer.</source>
        <translation>Usa como máximo {limit} franjas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="401"/>
        <source>Band {position} needs a name, for example “mild”.</source>
        <translation>La franja {position} necesita un nombre, por ejemplo “leve”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="406"/>
        <source>Keep band {position}'s name to {limit} characters or fewer.</source>
        <translation>El nombre de la franja {position} puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="410"/>
        <source>Each end of band {position}</source>
        <translation>Cada extremo de la franja {position}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="418"/>
        <source>Band {position} ends before it starts.</source>
        <translation>La franja {position} termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="426"/>
        <source>The bands “{earlier}” and “{later}” overlap.</source>
        <translation>Las franjas “{earlier}” y “{later}” se solapan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="61"/>
        <source>Give the group a name.</source>
        <translation>Ponle un nombre al grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="67"/>
        <source>Write the time as HH:MM, for example 18:30.</source>
        <translation>Escribe la hora como HH:MM, por ejemplo 18:30.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="69"/>
        <source>A session lasts between 10 and 480 minutes.</source>
        <translation>Una sesión dura entre 10 y 480 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="71"/>
        <source>The speaker limit is 1 to 60 minutes.</source>
        <translation>El tiempo por persona va de 1 a 60 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="75"/>
        <source>Segment {position} needs a name.</source>
        <translation>El bloque {position} necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="79"/>
        <source>Segment {position} needs 1 to 480 minutes.</source>
        <translation>El bloque {position} necesita de 1 a 480 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="83"/>
        <source>Segment {position} must be a round or open.</source>
        <translation>El bloque {position} debe ser una ronda o un diálogo abierto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="90"/>
        <source>An alias is required: the first name the room sees.</source>
        <translation>Falta el alias: el nombre de pila que ve la sala.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="93"/>
        <source>Keep the alias to {limit} characters or fewer.</source>
        <translation>El alias puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="100"/>
        <source>Give the card a short title.</source>
        <translation>Ponle a la tarjeta un título breve.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="104"/>
        <source>Titles are at most {limit} characters (this one has {length}).</source>
        <translation>Los títulos tienen como máximo {limit} caracteres (este tiene {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="109"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Escribe la norma en una frase sencilla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="113"/>
        <source>Keep the statement under {limit} characters.</source>
        <translation>La norma debe tener menos de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="119"/>
        <source>Keep the reason under {limit} characters: it prints under the rule.</source>
        <translation>El motivo debe tener menos de {limit} caracteres: se imprime debajo de la norma.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="70"/>
        <source>Something went wrong.</source>
        <translation>Algo ha salido mal.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="84"/>
        <source>There is no workspace in this folder yet.</source>
        <translation>Aún no hay ningún espacio de trabajo en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="88"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Esa frase clave no desbloquea este espacio de trabajo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="92"/>
        <source>This workspace is damaged and cannot be opened. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Este espacio de trabajo está dañado y no se puede abrir. No se ha cambiado nada en el disco. Restaura una copia de seguridad, o conserva la carpeta y pide ayuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="99"/>
        <source>The part of this workspace that your passphrase opens is damaged. Your recovery key still opens it: choose “Use recovery key”. Nothing has been changed on disk.</source>
        <translation>La parte de este espacio de trabajo que abre tu frase clave está dañada. Tu clave de recuperación todavía lo abre: elige “Usa la clave de recuperación”. No se ha cambiado nada en el disco.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="106"/>
        <source>This workspace was saved by a newer version of Facilitator Desktop. Please update the app to open it; nothing has been changed.</source>
        <translation>Este espacio de trabajo se guardó con una versión más reciente de Facilitator Desktop. Actualiza la aplicación para abrirlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="113"/>
        <source>A workspace already exists in this folder.</source>
        <translation>Ya existe un espacio de trabajo en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="122"/>
        <source>This file cannot be imported. Nothing has been changed.</source>
        <translation>No se puede importar este archivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="129"/>
        <source>This file cannot be imported: {reason} Nothing has been changed.</source>
        <translation>No se puede importar este archivo: {reason} No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="137"/>
        <source>That recovery key does not unlock this workspace. Check each group of four.</source>
        <translation>Esa clave de recuperación no desbloquea este espacio de trabajo. Revisa cada grupo de cuatro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="143"/>
        <source>This workspace is already open in another copy of the app.</source>
        <translation>Este espacio de trabajo ya está abierto en otra copia de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="147"/>
        <source>The workspace could not be saved because of a problem with the disk. What you see is kept in memory; please do not close the app yet.</source>
        <translation>No se pudo guardar el espacio de trabajo por un problema con el disco. Lo que ves se conserva en memoria; no cierres la aplicación todavía.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="154"/>
        <source>The disk is full, so the last change could not be saved. Free some space (nothing shown has been lost) and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar el último cambio. Libera algo de espacio (no se ha perdido nada de lo que ves) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="161"/>
        <source>The data folder is read-only, so nothing can be saved there. Choose a folder you can write to, or change its permissions.</source>
        <translation>La carpeta de datos es de solo lectura, así que no se puede guardar nada en ella. Elige una carpeta en la que puedas escribir, o cambia sus permisos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="171"/>
        <source>The disk holding the workspace has become read-only, so the last change could not be saved. What you see is kept in memory: do not close the app yet, and check the disk (a loose cable, a memory stick's lock switch).</source>
        <translation>El disco del espacio de trabajo ha pasado a ser de solo lectura, así que no se pudo guardar el último cambio. Lo que ves se conserva en memoria: no cierres la aplicación todavía y revisa el disco (un cable suelto, el bloqueo de una memoria USB).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="180"/>
        <source>The workspace key is being changed, so this could not be saved yet. What you see is kept and saved in a moment.</source>
        <translation>Se está cambiando la clave del espacio de trabajo, así que esto aún no se pudo guardar. Lo que ves se conserva y se guardará en un momento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="187"/>
        <source>The workspace is locked. Unlock it to see private details.</source>
        <translation>El espacio de trabajo está bloqueado. Desbloquéalo para ver los datos privados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="195"/>
        <source>This record is damaged and cannot be shown.</source>
        <translation>Este registro está dañado y no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="200"/>
        <source>This record is damaged and cannot be changed. Everything else is fine; a backup may hold an intact copy.</source>
        <translation>Este registro está dañado y no se puede modificar. Todo lo demás está bien; puede que una copia de seguridad tenga una copia intacta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="210"/>
        <source>Another member's record is damaged, so their names cannot be looked for and removed from this export. Nothing has been exported.</source>
        <translation>El registro de otro participante está dañado, así que no se pueden buscar ni quitar sus nombres de esta exportación. No se ha exportado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="217"/>
        <source>That item no longer exists.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="79"/>
        <source>This workspace could not be brought up to date for this version of Facilitator Desktop. It has been left exactly as it was, and a backup was made first. Please keep the folder as it is and ask for help.</source>
        <translation>Este espacio de trabajo no se pudo actualizar para esta versión de Facilitator Desktop. Se ha dejado exactamente como estaba, y antes se hizo una copia de seguridad. Deja la carpeta tal como está y pide ayuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="89"/>
        <source>The disk is full, so this workspace could not be brought up to date for this version of Facilitator Desktop. Nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>El disco está lleno, así que este espacio de trabajo no se pudo actualizar para esta versión de Facilitator Desktop. No se ha cambiado nada. Libera espacio en el disco y vuelve a desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="99"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The backup could not be written or did not pass its check, so nothing has been changed and your earlier backups are untouched.</source>
        <translation>Esta versión de Facilitator Desktop actualiza el espacio de trabajo y antes hace una copia de seguridad. La copia no se pudo escribir o no superó la comprobación, así que no se ha cambiado nada y tus copias anteriores siguen intactas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="104"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The disk is full, so the backup could not be written and nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Esta versión de Facilitator Desktop actualiza el espacio de trabajo y antes hace una copia de seguridad. El disco está lleno, así que no se pudo escribir la copia y no se ha cambiado nada. Libera espacio en el disco y vuelve a desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/rehearsal.py" line="40"/>
        <source>A rehearsal keeps nothing: there is nothing to back up or export.</source>
        <translation>Un ensayo no guarda nada: no hay nada que copiar ni exportar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="33"/>
        <source>That member or rule set no longer exists.</source>
        <translation>Ese participante o esas normas ya no existen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="35"/>
        <source>That rule set belongs to another group.</source>
        <translation>Esas normas son de otro grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="56"/>
        <source>The backup could not be written or did not pass its check. Your earlier backups are untouched.</source>
        <translation>La copia de seguridad no se pudo escribir o no superó la comprobación. Tus copias anteriores siguen intactas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="169"/>
        <source>The backup copy failed SQLite's integrity check.</source>
        <translation>La copia de seguridad no superó la comprobación de integridad de SQLite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="173"/>
        <source>The backup copy does not hold this workspace's vault.</source>
        <translation>La copia de seguridad no contiene el almacén de claves de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="177"/>
        <source>The backup copy's vault is damaged.</source>
        <translation>El almacén de claves de la copia de seguridad está dañado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="186"/>
        <source>The backup copy cannot be read back.</source>
        <translation>La copia de seguridad no se puede volver a leer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="40"/>
        <source>A check-in scale goes in whole numbers.</source>
        <translation>La escala de apertura va en números enteros.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="44"/>
        <source>A check-in scale goes up, from {lowest} at the lowest to {highest} at the highest (for example 0 to 10, or 1 to 5).</source>
        <translation>La escala de apertura va de menos a más: de {lowest} como mínimo a {highest} como máximo (por ejemplo, de 0 a 10 o de 1 a 5).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="53"/>
        <source>The check-in question is one line.</source>
        <translation>La pregunta de apertura ocupa una sola línea.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="57"/>
        <source>The check-in question is at most {limit} characters (it has {length}).</source>
        <translation>La pregunta de apertura tiene como máximo {limit} caracteres (tiene {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="68"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>En este grupo, la puntuación de apertura va de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="65"/>
        <source>The workspace key is being changed, so the score could not be recorded. Enter it again in a moment.</source>
        <translation>Se está cambiando la clave del espacio de trabajo, así que no se pudo registrar la puntuación. Vuelve a introducirla en un momento.</translation>
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
        <translation>Ese grupo ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="257"/>
        <source>Check-in scores already recorded in this group go from {low} to {high}: the scale must include them.</source>
        <translation>Las puntuaciones de apertura ya registradas en este grupo van de {low} a {high}: la escala debe incluirlas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="299"/>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="56"/>
        <location filename="../../facilitator_desktop/services/session_summary.py" line="123"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="174"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="218"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="253"/>
        <source>That session no longer exists.</source>
        <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="302"/>
        <source>That member is not part of this session's group.</source>
        <translation>Esa persona no es participante del grupo de esta sesión.</translation>
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
        <translation>Ese participante ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="27"/>
        <source>Unknown attendance status.</source>
        <translation>Estado de asistencia desconocido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="50"/>
        <source>That turn no longer exists.</source>
        <translation>Ese turno ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="57"/>
        <source>A pass has no length: mark the turn as spoken to give it one.</source>
        <translation>Un pase no tiene duración: marque el turno como hablado para darle una.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="65"/>
        <source>A turn cannot last less than zero seconds.</source>
        <translation>Un turno no puede durar menos de cero segundos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="125"/>
        <source>Only finished sessions can be corrected.</source>
        <translation>Solo se pueden corregir las sesiones terminadas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/erasure.py" line="168"/>
        <source>This member's record is damaged, so the names to remove from notes cannot be read. Nothing has been erased.</source>
        <translation>El registro de este participante está dañado, así que no se pueden leer los nombres que hay que quitar de las notas. No se ha borrado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="170"/>
        <source>Choose a day of the week, Monday to Sunday.</source>
        <translation>Elija un día de la semana, de lunes a domingo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="172"/>
        <source>Choose one of the listed languages for the handouts.</source>
        <translation>Elige uno de los idiomas de la lista para los materiales.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/handout_data.py" line="45"/>
        <source>This group has no ground rules yet. Add cards on the Rules page first.</source>
        <translation>Este grupo aún no tiene normas. Primero añade tarjetas en la página Normas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="61"/>
        <source>The last action could not be saved (is the disk full?). It is kept in memory and will be saved with the next one; please do not close the app yet.</source>
        <translation>No se pudo guardar la última acción (¿está lleno el disco?). Se conserva en memoria y se guardará con la siguiente; no cierres la aplicación todavía.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="278"/>
        <location filename="../../facilitator_desktop/services/live_session.py" line="297"/>
        <source>That member is not part of this session.</source>
        <translation>Esa persona no forma parte de esta sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="382"/>
        <source>{why} The session goes on; it is kept in memory.</source>
        <translation>{why} La sesión sigue; se conserva en memoria.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="127"/>
        <source>That measure no longer exists.</source>
        <translation>Ese cuestionario ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="157"/>
        <source>{name} is scored as published and cannot be changed.</source>
        <translation>{name} se puntúa tal como se publicó y no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="167"/>
        <source>{name} already has entries, so its number of items and their range stay as they are. Define a new measure for another form.</source>
        <translation>{name} ya tiene registros, así que su número de ítems y su rango se quedan como están. Crea un cuestionario nuevo para otra versión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="188"/>
        <source>There is already a measure called “{name}”.</source>
        <translation>Ya hay un cuestionario llamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="242"/>
        <source>{name} is archived. Bring it back in Measures to use it.</source>
        <translation>{name} está archivado. Recupéralo en Cuestionarios para usarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="248"/>
        <source>Give the date the form was filled in.</source>
        <translation>Indica la fecha en que se rellenó el cuestionario.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="250"/>
        <source>The date cannot be after today.</source>
        <translation>La fecha no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="252"/>
        <source>The date is too far in the past.</source>
        <translation>La fecha es demasiado antigua.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="263"/>
        <source>That session is not one of their group's.</source>
        <translation>Esa sesión no es de su grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="309"/>
        <source>That measure entry no longer exists.</source>
        <translation>Ese registro del cuestionario ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="217"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="222"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="251"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this export. Nothing has been exported. Restore a backup that holds an intact copy, or erase the damaged member, then export again.</source>
        <translation>Un participante de “{group}” tiene el registro dañado, así que no se pueden buscar ni quitar sus nombres de esta exportación. No se ha exportado nada. Restaura una copia de seguridad que tenga una copia intacta, o elimina a ese participante, y vuelve a exportar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="152"/>
        <source>A member in that order is not in this group.</source>
        <translation>Una persona de ese orden no está en este grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="173"/>
        <source>“{alias}” is already in this group. Add an initial to tell them apart.</source>
        <translation>“{alias}” ya está en este grupo. Añade una inicial para distinguirlos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="120"/>
        <source>The built-in templates stay. You can change their sections, or put them back as shipped.</source>
        <translation>Las plantillas incluidas no se pueden borrar. Puedes cambiar sus apartados o restaurarlas como venían.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="128"/>
        <source>Give the template a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="130"/>
        <source>Keep the name to {limit} characters.</source>
        <translation>El nombre puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="133"/>
        <source>A template needs at least one section.</source>
        <translation>Una plantilla necesita al menos un apartado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="136"/>
        <source>A template has at most {limit} sections.</source>
        <translation>Una plantilla tiene como máximo {limit} apartados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="141"/>
        <source>Section {number} needs a title.</source>
        <translation>El apartado {number} necesita un título.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="145"/>
        <source>Keep the title of section {number} to {limit} characters.</source>
        <translation>El título del apartado {number} puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="152"/>
        <source>Keep the guidance of section {number} to {limit} characters.</source>
        <translation>La guía del apartado {number} puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="159"/>
        <source>Two sections are called “{title}”: give each its own title.</source>
        <translation>Hay dos apartados llamados “{title}”: ponle a cada uno su propio título.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="228"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="236"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="282"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="294"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="309"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="324"/>
        <source>That template no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="297"/>
        <source>Only a built-in template can be put back as shipped.</source>
        <translation>Solo una plantilla incluida se puede restaurar como venía.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="336"/>
        <source>There is already a template called “{name}”.</source>
        <translation>Ya hay una plantilla llamada “{name}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="192"/>
        <location filename="../../facilitator_desktop/services/notes.py" line="203"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="310"/>
        <source>That note no longer exists.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="361"/>
        <source>A member linked to this note no longer exists.</source>
        <translation>Un participante vinculado a esta nota ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rehearsal.py" line="100"/>
        <source>A rehearsal runs in real time, 10× or 60× faster.</source>
        <translation>Un ensayo va en tiempo real, o 10 o 60 veces más rápido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="115"/>
        <source>That rule set version no longer exists.</source>
        <translation>Esa versión de las normas ya no existe.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="127"/>
        <source>Card {index}: {problem}</source>
        <extracomment>{problem} is what is wrong with the card, a whole sentence.</extracomment>
        <translation>Tarjeta {index}: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="35"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="156"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="161"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this copy. Nothing has been made. Restore a backup that holds an intact copy, or erase the damaged member, then try again.</source>
        <translation>Un participante de “{group}” tiene el registro dañado, así que no se pueden buscar ni quitar sus nombres de esta copia. No se ha creado nada. Restaura una copia de seguridad que tenga una copia intacta, o elimina a ese participante, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="98"/>
        <source>A chosen session is not one of this member's.</source>
        <translation>Una de las sesiones elegidas no es de este participante.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="50"/>
        <source>This session is still running. Its note can be written once it ends.</source>
        <translation>Esta sesión sigue en curso. Podrás escribir su nota cuando termine.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="73"/>
        <source>This session note is signed and can no longer change. Add a dated addendum instead.</source>
        <translation>Esta nota de sesión está firmada y ya no se puede modificar. Añade un anexo con fecha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="163"/>
        <source>That template no longer exists. Nothing was saved.</source>
        <translation>Esa plantilla ya no existe. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="185"/>
        <source>This note is damaged and cannot be signed. A backup may hold an intact copy.</source>
        <translation>Esta nota está dañada y no se puede firmar. Puede que una copia de seguridad tenga una copia intacta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="199"/>
        <source>Write the addendum first.</source>
        <translation>Primero escribe el anexo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="206"/>
        <source>Addenda are for signed notes. While a note is not signed, change it directly.</source>
        <translation>Los anexos son para notas firmadas. Mientras una nota no esté firmada, modifícala directamente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="374"/>
        <source>That member is not in this session's group.</source>
        <translation>Esa persona no está en el grupo de esta sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="381"/>
        <source>A text this long cannot be kept (over {limit} characters). Nothing was saved; shorten it and it is saved again.</source>
        <translation>Un texto tan largo no se puede guardar (más de {limit} caracteres). No se ha guardado nada; acórtalo y se volverá a guardar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="42"/>
        <source>A session of this group is already running. Resume it or end it first.</source>
        <translation>Ya hay una sesión de este grupo en curso. Reanúdala o termínala primero.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="116"/>
        <source>Give the group at least one agenda segment first.</source>
        <translation>Primero añade al menos un bloque a la agenda del grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="176"/>
        <source>That session has already ended.</source>
        <translation>Esa sesión ya ha terminado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="234"/>
        <source>That session is still running: end it (or discard it) on the Session page first.</source>
        <translation>Esa sesión sigue en curso: primero termínala (o descártala) en la página Sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="46"/>
        <source>Choose 0 (off) to 240 minutes.</source>
        <translation>Elige de 0 (desactivado) a 240 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="49"/>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Conserva entre 1 y 100 copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="55"/>
        <source>Choose 1 to 6 absences in a row.</source>
        <translation>Elige de 1 a 6 faltas seguidas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="86"/>
        <source>Choose 1 to 60 days.</source>
        <translation>Elige de 1 a 60 días.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="94"/>
        <source>Sharing could not do that.</source>
        <translation>No se pudo hacer eso al compartir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="172"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="187"/>
        <source>That is this laptop's own card.</source>
        <translation>Esa es la tarjeta de este mismo equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="211"/>
        <source>This group is not shared from this laptop any more.</source>
        <translation>Este grupo ya no se comparte desde este equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="214"/>
        <source>That laptop was removed from this group; it cannot be added back.</source>
        <translation>Ese equipo se quitó de este grupo; no se puede volver a añadir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="232"/>
        <source>That invitation comes from this laptop.</source>
        <translation>Esa invitación viene de este mismo equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="276"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="299"/>
        <source>That group is not shared.</source>
        <translation>Ese grupo no está compartido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="279"/>
        <source>That co-facilitator is not in this group.</source>
        <translation>Ese cofacilitador no está en este grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="318"/>
        <source>Only a note of a shared group can be shared with co-facilitators.</source>
        <translation>Solo se puede compartir con los cofacilitadores una nota de un grupo compartido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="344"/>
        <source>Give the server's name or address.</source>
        <translation>Indica el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="346"/>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>El puerto es un número de 1 a 65535 (normalmente 5432).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="348"/>
        <source>Give the database's name (63 characters at most).</source>
        <translation>Indica el nombre de la base de datos (63 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="350"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Indica el rol (nombre de usuario) con el que conectarse.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="352"/>
        <source>These settings cannot hold a null character.</source>
        <translation>Estos ajustes no pueden contener un carácter nulo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="428"/>
        <source>That conflict is already resolved.</source>
        <translation>Ese conflicto ya está resuelto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="62"/>
        <source>That is not a co-facilitator's card. Paste it whole.</source>
        <translation>Esa no es la tarjeta de un cofacilitador. Pégala entera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="66"/>
        <source>That card is damaged. Ask for it again.</source>
        <translation>Esa tarjeta está dañada. Vuelve a pedirla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="74"/>
        <source>That is not an invitation to a shared group. Paste it whole.</source>
        <translation>Eso no es una invitación a un grupo compartido. Pégala entera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="86"/>
        <source>The safety numbers differ: do not share. Someone may have changed the card on its way; ask for it again in person.</source>
        <translation>Los números de seguridad no coinciden: no compartas. Puede que alguien haya cambiado la tarjeta por el camino; vuelve a pedirla en persona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_state.py" line="92"/>
        <source>That key is not held here.</source>
        <translation>Esa clave no está guardada aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="110"/>
        <source>This workspace has no recovery key.</source>
        <translation>Este espacio de trabajo no tiene clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="114"/>
        <source>The recovery key's part of this workspace is damaged, so it cannot open it. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>La parte de este espacio de trabajo que corresponde a la clave de recuperación está dañada, así que no puede abrirlo. No se ha cambiado nada en el disco. Restaura una copia de seguridad, o conserva la carpeta y pide ayuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="373"/>
        <source>Band {n}: write where it starts and ends as numbers.</source>
        <translation>Franja {n}: escribe con números dónde empieza y dónde termina.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="375"/>
        <source>The workspace file cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo del espacio de trabajo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="416"/>
        <location filename="../../facilitator_desktop/workspace.py" line="418"/>
        <source>Part of this workspace file is damaged (SQLite's check found damaged pages), so it cannot be opened safely. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Una parte de este archivo del espacio de trabajo está dañada (la comprobación de SQLite encontró páginas dañadas), así que no se puede abrir con seguridad. No se ha cambiado nada en el disco. Restaura una copia de seguridad, o conserva la carpeta y pide ayuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="73"/>
        <source>it could not be written into the data folder ({reason}).</source>
        <translation>no se pudo escribir en la carpeta de datos ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="74"/>
        <source>it cannot be read ({reason}).</source>
        <translation>no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="131"/>
        <source>it is not an ordinary file.</source>
        <translation>no es un archivo normal.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="134"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="148"/>
        <source>it is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="136"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="145"/>
        <source>it is far larger than any workspace (over 2 GiB).</source>
        <translation>es mucho más grande que cualquier espacio de trabajo (más de 2 GiB).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="170"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="189"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="191"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="310"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="318"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="320"/>
        <source>it is damaged (it failed SQLite's integrity check).</source>
        <translation>está dañado (no superó la comprobación de integridad de SQLite).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="177"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="182"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="204"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="215"/>
        <source>it is not a workspace exported by Facilitator Desktop.</source>
        <translation>no es un espacio de trabajo exportado por Facilitator Desktop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="179"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="187"/>
        <source>its structure is not one Facilitator Desktop ever wrote (extra or missing tables, indexes, triggers or views), so it may have been altered.</source>
        <translation>su estructura no es ninguna que Facilitator Desktop haya escrito nunca (tablas, índices, disparadores o vistas de más o de menos), así que puede haber sido alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="208"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="210"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="213"/>
        <source>it is incomplete or damaged (it may have been cut short while copying).</source>
        <translation>está incompleto o dañado (puede que se cortara mientras se copiaba).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="289"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="308"/>
        <source>the key that unlocks it (its vault) is damaged.</source>
        <translation>la clave que lo desbloquea (su almacén de claves) está dañada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="312"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="317"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="422"/>
        <source>there is not enough free disk space beside the data folder to check and copy it.</source>
        <translation>no hay suficiente espacio libre en el disco de la carpeta de datos para comprobarlo y copiarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="314"/>
        <source>a problem with the disk</source>
        <translation>un problema con el disco</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="352"/>
        <source>some of its records refer to records that are not there.</source>
        <translation>algunos de sus registros remiten a registros que no existen.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>airtime</source>
        <translation>tiempo de palabra</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="53"/>
        <source>Export {what}</source>
        <translation>Exportar {what}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="54"/>
        <source>The file will hold members' names in plain text.</source>
        <translation>El archivo contendrá los nombres de los participantes sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="55"/>
        <source>Anyone who opens it can read who came to the group and when. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Cualquiera que lo abra podrá ver quién vino al grupo y cuándo. Guárdalo solo donde otras personas no puedan verlo y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="105"/>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="64"/>
        <source>Export {what} as CSV</source>
        <translation>Exportar {what} como CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="141"/>
        <source>Saved {name}.</source>
        <translation>Guardado: {name}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="98"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="148"/>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="99"/>
        <source>The summary shows members' names.</source>
        <translation>El resumen muestra los nombres de los participantes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="101"/>
        <source>Print it for yourself and keep the paper and the file somewhere private.</source>
        <translation>Imprímelo solo para ti y guarda el papel y el archivo en un lugar privado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="103"/>
        <source>Include my private notes</source>
        <translation>Incluir mis notas privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="115"/>
        <source>Save the session summary</source>
        <translation>Guardar el resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="192"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="193"/>
        <source>The session summary could not be made ({error}). Nothing was saved. Try the Handouts screen, or another paper size.</source>
        <translation>No se pudo crear el resumen de la sesión ({error}). No se ha guardado nada. Prueba desde la pantalla Materiales, o con otro tamaño de papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>The file could not be saved: {why}</source>
        <translation>No se pudo guardar el archivo: {why}</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="72"/>
        <source>Save the member record</source>
        <translation>Guardar la ficha del participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="74"/>
        <source>Member record (*.json)</source>
        <translation>Ficha del participante (*.json)</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="147"/>
        <source>Export member record</source>
        <translation>Exportar la ficha del participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="149"/>
        <source>Review what {alias} will receive</source>
        <translation>Revisa lo que recibirá {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="152"/>
        <source>The file holds their private details — full name, contact, remarks, attendance, speaking turns and the notes about them — unencrypted. Give it only to {alias}, keep it somewhere safe, and delete your copy once it has been handed over.</source>
        <translation>El archivo contiene sus datos privados (nombre completo, contacto, observaciones, asistencia, turnos de palabra y las notas sobre esta persona) sin cifrar. Dáselo solo a {alias}, guárdalo en un lugar seguro y borra tu copia en cuanto se lo hayas entregado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="163"/>
        <source>Text shown in reverse is replaced in the file: other members’ names, phone numbers and e-mail addresses by “{other}”, what you mark by “{hand}”. Select anything else that should not leave and press Redact selection.</source>
        <translation>El texto resaltado se sustituye en el archivo: los nombres, teléfonos y correos electrónicos de otros participantes por “{other}”, y lo que marques tú por “{hand}”. Selecciona cualquier otra cosa que no deba salir y pulsa Ocultar selección.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="179"/>
        <source>The member record as it will be exported</source>
        <translation>La ficha del participante tal como se exportará</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="184"/>
        <source>&amp;Redact selection</source>
        <translation>&amp;Ocultar selección</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="185"/>
        <source>Replace the selected text in the file (Delete)</source>
        <translation>Sustituir el texto seleccionado en el archivo (Supr)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="187"/>
        <source>&amp;Undo redaction</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="188"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="282"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="288"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="290"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="291"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="292"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="293"/>
        <source>Private remarks</source>
        <translation>Observaciones privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="295"/>
        <source>{field}: </source>
        <translation>{field}: </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="297"/>
        <source>Notes ({n})</source>
        <translation>Notas ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="300"/>
        <source>Written {date}</source>
        <translation>Escrita el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="304"/>
        <source>This note is damaged and cannot be read; the file says so.</source>
        <translation>Esta nota está dañada y no se puede leer; el archivo lo indica.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="308"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="310"/>
        <source>{attendance} and {turns}: dates, statuses and durations only.</source>
        <translation>{attendance} y {turns}: solo fechas, estados y duraciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="311"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln registro de asistencia</numerusform>
            <numerusform>%Ln registros de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="312"/>
        <source>%Ln speaking turns</source>
        <translation>
            <numerusform>%Ln turno de palabra</numerusform>
            <numerusform>%Ln turnos de palabra</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="320"/>
        <source>{auto} ({members} looked for), {hand}.</source>
        <translation>{auto} (se buscaron {members}), {hand}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="321"/>
        <source>%Ln redactions found by the app</source>
        <translation>
            <numerusform>%Ln ocultación hecha por la aplicación</numerusform>
            <numerusform>%Ln ocultaciones hechas por la aplicación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="322"/>
        <source>%Ln other members</source>
        <translation>
            <numerusform>%Ln otro participante</numerusform>
            <numerusform>%Ln otros participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="323"/>
        <source>%Ln marked by you</source>
        <translation>
            <numerusform>%Ln marcada por ti</numerusform>
            <numerusform>%Ln marcadas por ti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="339"/>
        <source>Replaced by “{text}” in the file</source>
        <translation>Se sustituye por “{text}” en el archivo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="392"/>
        <source>Select words in the record (not the headings) to redact.</source>
        <translation>Selecciona palabras de la ficha (no los títulos) para ocultarlas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="425"/>
        <source>The file could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="431"/>
        <source>Member record exported. It is not encrypted: keep it safe.</source>
        <translation>Ficha del participante exportada. No está cifrada: guárdala en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>FacilitatorApp</name>
    <message>
        <location filename="../../facilitator_desktop/ui/lifecycle.py" line="59"/>
        <source>Demo workspace — sample data, passphrase: {passphrase}; deleted when you quit.</source>
        <translation>Espacio de trabajo de demostración: datos de ejemplo, frase clave: {passphrase}; se borra al salir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="22"/>
        <source>your quick note</source>
        <translation>tu nota rápida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="25"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="26"/>
        <source>Quit without saving {what}?</source>
        <translation>¿Salir sin guardar {what}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="29"/>
        <source>Unlock to save your changes, or quit and lose them.</source>
        <translation>Desbloquea para guardar tus cambios, o sal y piérdelos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="32"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="28"/>
        <source>What the session recorded</source>
        <translation>Lo que registró la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="46"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="47"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="48"/>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="49"/>
        <source>Absent without notice</source>
        <translation>Faltas sin aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="50"/>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="51"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="54"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
</context>
<context>
    <name>GroundRulesOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="53"/>
        <source>A short line under the title</source>
        <translation>Una frase breve bajo el título</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="57"/>
        <source>Clear the welcome line</source>
        <translation>Borrar la frase de bienvenida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="58"/>
        <source>&amp;Acknowledgement to sign</source>
        <translation>&amp;Compromiso para firmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="60"/>
        <source>A sentence to sign under the rules, with name, signature and date lines</source>
        <translation>Una frase para firmar debajo de las normas, con líneas para el nombre, la firma y la fecha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="64"/>
        <source>Name on the acknowledgement</source>
        <translation>Nombre en el compromiso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="68"/>
        <source>Welcome &amp;line:</source>
        <translation>Frase de &amp;bienvenida:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="70"/>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="73"/>
        <source>Print one copy per member with their name filled in, or a blank line.</source>
        <translation>Imprime una copia por participante con su nombre ya puesto, o con una línea en blanco.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="97"/>
        <source>Blank line to fill in</source>
        <translation>Línea en blanco para rellenar</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/groups.py" line="49"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="18"/>
        <source>No groups yet</source>
        <translation>Aún no hay grupos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="19"/>
        <source>Current group</source>
        <translation>Grupo actual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="24"/>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;upo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="26"/>
        <source>Show ar&amp;chived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="27"/>
        <source>List archived groups too</source>
        <translation>Incluir también los grupos archivados</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="60"/>
        <source>Each group has its own schedule, members, ground rules and agenda.</source>
        <translation>Cada grupo tiene su propio horario, participantes, normas y agenda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="258"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="70"/>
        <source>New grou&amp;p</source>
        <translation>Nuevo gru&amp;po</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="71"/>
        <source>Start a new group (Ctrl+N)</source>
        <translation>Crear un grupo nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="85"/>
        <source>e.g. Tuesday Grief Circle</source>
        <translation>p. ej., Círculo de duelo de los martes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="89"/>
        <source>Who the group is for (optional)</source>
        <translation>Para quién es el grupo (opcional)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="92"/>
        <source>No fixed day</source>
        <translation>Sin día fijo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="97"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="100"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="105"/>
        <source>at</source>
        <translation>a las</translation>
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
        <translation>Un aviso de color discreto cuando alguien habla más de este tiempo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="129"/>
        <source>The app's language</source>
        <translation>El idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="132"/>
        <source>Language of the group's handouts</source>
        <translation>Idioma de los materiales del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="137"/>
        <source>Handouts, rule cards from the library and the room display.</source>
        <translation>Materiales, tarjetas de normas de la biblioteca y pantalla de la sala.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="158"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="160"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="161"/>
        <source>Meets &amp;on:</source>
        <translation>Se &amp;reúne:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="163"/>
        <source>Session &amp;length:</source>
        <translation>Dura&amp;ción de la sesión:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="165"/>
        <source>Spea&amp;ker soft limit:</source>
        <translation>&amp;Tiempo orientativo por persona:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="167"/>
        <source>&amp;Handouts in:</source>
        <translation>&amp;Materiales en:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="170"/>
        <source>Session no&amp;tes:</source>
        <translation>Notas de &amp;sesión:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="173"/>
        <source>Check-&amp;in score:</source>
        <translation>Puntuación d&amp;e apertura:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="175"/>
        <source>Default &amp;agenda:</source>
        <translation>&amp;Agenda predeterminada:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="360"/>
        <source>&amp;Save group</source>
        <translation>&amp;Guardar grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="199"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="201"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="357"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Archi&amp;ve group…</source>
        <translation>Archi&amp;var grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="220"/>
        <source>Group details</source>
        <translation>Datos del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="319"/>
        <source>This group's record is damaged, so it cannot be changed. Its members, rules and history are kept, and the other groups are fine.</source>
        <translation>El registro de este grupo está dañado, así que no se puede modificar. Sus participantes, normas e historial se conservan, y los demás grupos están bien.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="326"/>
        <source>The description is damaged and cannot be shown. Saving the group replaces it with what you type.</source>
        <translation>La descripción está dañada y no se puede mostrar. Al guardar el grupo se sustituye por lo que escribas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>Create your first group</source>
        <translation>Crea tu primer grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="355"/>
        <source>&amp;Save new group</source>
        <translation>&amp;Guardar el grupo nuevo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Unarchi&amp;ve group</source>
        <translation>Desarchi&amp;var grupo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="371"/>
        <source>Agenda total: {total} of %Ln minutes</source>
        <translation>
            <numerusform>Total de la agenda: {total} de %Ln minuto</numerusform>
            <numerusform>Total de la agenda: {total} de %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="376"/>
        <source> — longer than the session</source>
        <translation> — más larga que la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="412"/>
        <source>Archive group</source>
        <translation>Archivar grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="413"/>
        <source>Archive “{name}”?</source>
        <translation>¿Archivar “{name}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="414"/>
        <source>The group leaves the lists, but nothing is deleted: its members, ground rules and history are kept. Tick “Show archived” to find it again and unarchive it at any time.</source>
        <translation>El grupo sale de las listas, pero no se borra nada: se conservan sus participantes, normas e historial. Marca “Mostrar archivados” para encontrarlo de nuevo y desarchivarlo cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="419"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="104"/>
        <source>the new group</source>
        <translation>el grupo nuevo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="105"/>
        <source>this group</source>
        <translation>este grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="207"/>
        <source>Group unarchived.</source>
        <translation>Grupo desarchivado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="209"/>
        <source>Group archived. Its members, rules and history are kept.</source>
        <translation>Grupo archivado. Se conservan sus participantes, normas e historial.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group created.</source>
        <translation>Grupo creado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group saved.</source>
        <translation>Grupo guardado.</translation>
    </message>
    <message>
        <source>&amp;Check-in score:</source>
        <translation type="vanished">Puntuación d&amp;e apertura:</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="40"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="52"/>
        <source>Ground rules</source>
        <translation>Normas del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="191"/>
        <source>Rule cards</source>
        <translation>Tarjetas de normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="42"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="192"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="193"/>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="44"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="45"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="46"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="47"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="48"/>
        <source>Facilitator</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="49"/>
        <source>Confidential: please return to the facilitator</source>
        <translation>Confidencial: por favor, devuélvela a quien facilita el grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="50"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="61"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="51"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="52"/>
        <source>Rule set version {version} of {date}</source>
        <translation>Normas, versión {version} del {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="53"/>
        <source>I have read the ground rules of {group} (version {version}) and agree to keep them.</source>
        <translation>He leído las normas de {group} (versión {version}) y me comprometo a respetarlas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="56"/>
        <source>Support</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="57"/>
        <source>fold</source>
        <translation>doblar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="58"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="59"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="60"/>
        <source>Guest</source>
        <translation>Invitado/a</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="61"/>
        <source>Agenda: planned and actual</source>
        <translation>Agenda: prevista y real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="62"/>
        <source>Segment</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="63"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="64"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="65"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="66"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="67"/>
        <source>not held</source>
        <translation>no se hizo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="43"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="70"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="71"/>
        <source>Members</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="47"/>
        <source>Airtime</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="73"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="74"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="75"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="45"/>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="46"/>
        <source>Passes</source>
        <translation>Pases</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="77"/>
        <source>Average turn</source>
        <translation>Turno medio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="78"/>
        <source>No turns were recorded.</source>
        <translation>No se registró ningún turno.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="79"/>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="80"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="81"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="82"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="83"/>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="84"/>
        <source>Left early</source>
        <translation>Salió antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="85"/>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="86"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="87"/>
        <source>arrived {time} in</source>
        <translation>llegó a los {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="88"/>
        <source>left {time} in</source>
        <translation>se fue a los {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="103"/>
        <source>{day} {month} {year}</source>
        <extracomment>{day}, {month} and {year} are filled in; reorder them as your language writes a date (&quot;{month} {day}, {year}&quot;).</extracomment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="202"/>
        <source>ground-rules</source>
        <translation>normas-del-grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="203"/>
        <source>rule-cards</source>
        <translation>tarjetas-de-normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="204"/>
        <source>sign-in-sheet</source>
        <translation>hoja-de-firmas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="205"/>
        <source>session-summary</source>
        <translation>resumen-de-sesion</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="29"/>
        <source>Progress entry</source>
        <translation>Nota de evolución</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="30"/>
        <source>Progress entry: {name}</source>
        <translation>Nota de evolución: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="31"/>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="32"/>
        <source>Session of {date}, {start}–{end}</source>
        <translation>Sesión del {date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="33"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="34"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} de {planned} previstos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="35"/>
        <source>Members present</source>
        <translation>Participantes presentes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="36"/>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="37"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="38"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="39"/>
        <source>Group note</source>
        <translation>Nota del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="40"/>
        <source>No session note was written.</source>
        <translation>No se escribió ninguna nota de esta sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="41"/>
        <source>Addendum of {date}</source>
        <translation>Anexo del {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="42"/>
        <source>This member</source>
        <translation>Este participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="44"/>
        <source>{status}, {start}–{end}</source>
        <translation>{status}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="48"/>
        <source>{time} ({share} of the time spoken)</source>
        <translation>{time} ({share} del total)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="49"/>
        <source>Check-in</source>
        <translation>Ronda de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="50"/>
        <source>{score} on a scale of {low} to {high}</source>
        <translation>{score} en una escala de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="51"/>
        <source>Measures that day</source>
        <translation>Cuestionarios de ese día</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="53"/>
        <source>Acknowledged version {version} (in force)</source>
        <translation>Firmó la versión {version} (vigente)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="54"/>
        <source>Acknowledged version {version}; version {current} in force</source>
        <translation>Firmó la versión {version}; vigente: versión {current}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="55"/>
        <source>Not acknowledged; version {current} in force</source>
        <translation>Sin firmar; vigente: versión {current}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="56"/>
        <source>Progress</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="57"/>
        <source>No lines written for this member.</source>
        <translation>No hay líneas escritas para este participante.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="58"/>
        <source>Signed on {date}</source>
        <translation>Firmada el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="59"/>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="60"/>
        <source>No session in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="62"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="63"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="64"/>
        <source>left early</source>
        <translation>salió antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="65"/>
        <source>excused</source>
        <translation>justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="66"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
</context>
<context>
    <name>HandoutProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="152"/>
        <source>Rule {number} is too long to print at a readable size on a card. Shorten it, or leave out its “why”.</source>
        <translation>La norma {number} es demasiado larga para imprimirla en una tarjeta con un tamaño legible. Acórtala o quita su “por qué”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="157"/>
        <source>Rule {number} is too long for {per_page} cards per page at a readable size. Choose {fewer} cards per page, or shorten the rule.</source>
        <translation>La norma {number} es demasiado larga para {per_page} tarjetas por página con un tamaño legible. Elige {fewer} tarjetas por página o acorta la norma.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="163"/>
        <source>the group's name</source>
        <translation>el nombre del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="164"/>
        <source>rule {number}</source>
        <translation>la norma {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="165"/>
        <source>a member's name</source>
        <translation>el nombre de un participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="166"/>
        <source>the welcome line</source>
        <translation>la frase de bienvenida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="167"/>
        <source>your details</source>
        <translation>tus datos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="168"/>
        <source>the support line</source>
        <translation>la línea de ayuda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="169"/>
        <source>the session's title</source>
        <translation>el título de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="170"/>
        <source>the agenda</source>
        <translation>la agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="171"/>
        <source>note {number}</source>
        <translation>la nota {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="172"/>
        <source>the handout's labels</source>
        <translation>las etiquetas del material</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="173"/>
        <source>the handout</source>
        <translation>el material</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="179"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="180"/>
        <source>%n character(s) in {where} cannot be printed and will show as □: {chars}.</source>
        <translation>
            <numerusform>%n carácter en {where} no se puede imprimir y aparecerá como □: {chars}.</numerusform>
            <numerusform>%n caracteres en {where} no se pueden imprimir y aparecerán como □: {chars}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutSidePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="60"/>
        <source>Handout options</source>
        <translation>Opciones del material</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="62"/>
        <source>Save handout as PDF</source>
        <translation>Guardar el material como PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="82"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="83"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>No se pudo guardar el PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="88"/>
        <source>Saved {file}.</source>
        <translation>Guardado: {file}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="107"/>
        <source>Print handout</source>
        <translation>Imprimir material</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="119"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="120"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>No se pudo iniciar la impresora. Comprueba que esté conectada y encendida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="123"/>
        <source>Sent %Ln pages to the printer.</source>
        <translation>
            <numerusform>%Ln página enviada a la impresora.</numerusform>
            <numerusform>%Ln páginas enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="142"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Imprimiendo la página {n} de {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="161"/>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="170"/>
        <source>Open in PDF viewer</source>
        <translation>Abrir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="162"/>
        <source>The copy for the viewer could not be written: {reason}</source>
        <translation>No se pudo escribir la copia para el visor: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="171"/>
        <source>No PDF viewer is set up on this computer. Use Save as PDF… instead.</source>
        <translation>No hay ningún visor de PDF configurado en este equipo. Usa Guardar como PDF… en su lugar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="176"/>
        <source>Opened a copy in your PDF viewer; it is deleted when you lock or quit.</source>
        <translation>Se abrió una copia en tu visor de PDF; se borra al bloquear o salir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="60"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="61"/>
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Guardar el material como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="62"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="63"/>
        <source>Print with the system print dialog (Ctrl+P)</source>
        <translation>Imprimir con el diálogo de impresión del sistema (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="64"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>Abrir en el &amp;visor de PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="66"/>
        <source>Open a copy in your usual PDF viewer. The copy is kept in a private temporary folder and deleted when you lock or quit.</source>
        <translation>Abre una copia en tu visor de PDF habitual. La copia se guarda en una carpeta temporal privada y se borra al bloquear o salir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="90"/>
        <source>Create a group on the Groups page first; its handouts are printed here.</source>
        <translation>Primero crea un grupo en la página Grupos; sus materiales se imprimen aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="129"/>
        <source>Handouts</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="264"/>
        <source>Printouts for {group}</source>
        <translation>Materiales de {group}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="90"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="161"/>
        <source>Welcome. These are the agreements that keep this group a safe place for everyone.</source>
        <translation>Te damos la bienvenida. Estos son los acuerdos que hacen de este grupo un lugar seguro para todas las personas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="169"/>
        <source>The saved welcome line is damaged and cannot be shown. Type a new one to replace it.</source>
        <translation>La frase de bienvenida guardada está dañada y no se puede mostrar. Escribe una nueva para sustituirla.</translation>
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
            <numerusform>%Ln asistió</numerusform>
            <numerusform>%Ln asistieron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="279"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="301"/>
        <source>No finished sessions yet. A session's summary can be printed here once it has ended.</source>
        <translation>Aún no hay sesiones terminadas. El resumen de una sesión se puede imprimir aquí cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="361"/>
        <source>The handout could not be built ({error}). Try other options.</source>
        <translation>No se pudo generar el material ({error}). Prueba con otras opciones.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="93"/>
        <source>Handout</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="98"/>
        <source>Groun&amp;d rules</source>
        <translation>&amp;Normas del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="99"/>
        <source>&amp;Rule cards</source>
        <translation>&amp;Tarjetas de normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="100"/>
        <source>S&amp;ign-in sheet</source>
        <translation>&amp;Hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="101"/>
        <source>Session summar&amp;y</source>
        <translation>&amp;Resumen de sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="104"/>
        <source>The group's rules on one page, to read and sign</source>
        <translation>Las normas del grupo en una página, para leer y firmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="105"/>
        <source>One rule per card in large type, to cut or fold</source>
        <translation>Una norma por tarjeta en letra grande, para recortar o doblar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="106"/>
        <source>Members in seat order with a signature column</source>
        <translation>Participantes por orden de asiento, con una columna para firmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="107"/>
        <source>A finished session, for your records</source>
        <translation>Una sesión terminada, para tus registros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="119"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="121"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="122"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="124"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="129"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="130"/>
        <source>&amp;Large print (14 pt text)</source>
        <translation>&amp;Letra grande (texto de 14 pt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="132"/>
        <source>Bigger type for members who find small print hard to read</source>
        <translation>Letra más grande para quienes leen con dificultad la letra pequeña</translation>
    </message>
</context>
<context>
    <name>HeldNotes</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="68"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="70"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="72"/>
        <source>the workspace key was being changed</source>
        <translation>se estaba cambiando la clave del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="74"/>
        <source>a problem with the disk</source>
        <translation>un problema con el disco</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="75"/>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="80"/>
        <source>Your note could not be saved ({why}); it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>No se pudo guardar tu nota ({why}); se conserva cifrada y se guardará cuando desbloquees.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="87"/>
        <source>The note kept while the workspace was locked has been saved.</source>
        <translation>Se ha guardado la nota que se conservó mientras el espacio de trabajo estaba bloqueado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="91"/>
        <source>Your note is still not saved ({why}). It is back in the editor and is saved as soon as the disk takes it; please do not close the app until then.</source>
        <translation>Tu nota aún no está guardada ({why}). Ha vuelto al editor y se guardará en cuanto el disco lo permita; no cierres la aplicación hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="98"/>
        <source>The note kept while the workspace was locked could not be opened again, so it could not be saved.</source>
        <translation>La nota que se conservó mientras el espacio de trabajo estaba bloqueado no se pudo volver a abrir, así que no se pudo guardar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="107"/>
        <source>Your quick note could not be saved; it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>No se pudo guardar tu nota rápida; se conserva cifrada y se guardará cuando desbloquees.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="111"/>
        <source>The quick note you were typing is kept, encrypted, and comes back when you unlock.</source>
        <translation>La nota rápida que estabas escribiendo se conserva cifrada y volverá cuando desbloquees.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="116"/>
        <source>Still not saved · Enter tries again</source>
        <translation>Aún sin guardar · Enter lo vuelve a intentar</translation>
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
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="57"/>
        <source>LE</source>
        <translation>SA</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="58"/>
        <source>E</source>
        <translation>J</translation>
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
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="67"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="77"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="78"/>
        <source>left early</source>
        <translation>salió antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="69"/>
        <source>excused</source>
        <translation>justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="70"/>
        <source>no notice</source>
        <translation>sin aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="71"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="81"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="79"/>
        <source>excused (told ahead)</source>
        <translation>justificada (avisó)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="80"/>
        <source>absent without notice</source>
        <translation>ausente sin aviso</translation>
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
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="71"/>
        <source>Attendance as CSV…</source>
        <translation>Asistencia como CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="73"/>
        <source>Airtime per member as CSV…</source>
        <translation>Tiempo de palabra por participante como CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="75"/>
        <source>This session's summary as PDF…</source>
        <translation>Resumen de esta sesión como PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="94"/>
        <source>Past sessions, newest first</source>
        <translation>Sesiones pasadas, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="114"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Borrar sesión…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="116"/>
        <source>Delete the selected session and everything recorded in it (Delete)</source>
        <translation>Borrar la sesión seleccionada y todo lo registrado en ella (Supr)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="174"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="152"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="153"/>
        <source>Group &amp;insights</source>
        <translation>Pano&amp;rama del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="154"/>
        <source>&amp;Member</source>
        <translation>Par&amp;ticipante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="158"/>
        <source>Create a group on the Groups page; its past sessions are listed here.</source>
        <translation>Crea un grupo en la página Grupos; sus sesiones pasadas aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="320"/>
        <source>No finished sessions in this period.</source>
        <translation>No hay sesiones terminadas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="322"/>
        <source>No finished sessions yet. They appear here after the first one.</source>
        <translation>Aún no hay sesiones terminadas. Aparecerán aquí después de la primera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="325"/>
        <source>Newest first; scroll down for older sessions.</source>
        <translation>Las más recientes primero; desplázate hacia abajo para ver las anteriores.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="331"/>
        <source>{group} · how the sessions went</source>
        <translation>{group} · cómo fueron las sesiones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="444"/>
        <source>Session deleted with its notes.</source>
        <translation>Sesión borrada junto con sus notas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="446"/>
        <source>Session deleted.</source>
        <translation>Sesión borrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="30"/>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="31"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="32"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="33"/>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="35"/>
        <source>S&amp;how:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="28"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Reanudarla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="29"/>
        <source>&amp;End it now</source>
        <translation>&amp;Terminarla ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="43"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="49"/>
        <source>Rehe&amp;arse…</source>
        <translation>&amp;Ensayar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="52"/>
        <source>Practise a session on invented members, in real time or faster; nothing is kept</source>
        <translation>Practica una sesión con participantes inventados, en tiempo real o más rápido; no se guarda nada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="58"/>
        <source>Opening the session starts nothing yet: mark attendance and adjust the agenda as people arrive, then press Space when the group begins.</source>
        <translation>Abrir la sesión todavía no pone nada en marcha: marca la asistencia y ajusta la agenda a medida que llega la gente, y pulsa Espacio cuando el grupo empiece.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="92"/>
        <source>No group yet</source>
        <translation>Aún no hay ningún grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="93"/>
        <source>Create a group on the Groups page first.</source>
        <translation>Primero crea un grupo en la página Grupos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="96"/>
        <source>Open a session</source>
        <translation>Abrir una sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="103"/>
        <source>Meets today at {time}</source>
        <translation>Se reúne hoy a las {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="105"/>
        <source>Meets today</source>
        <translation>Se reúne hoy</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="107"/>
        <source>Open today's session  (Space)</source>
        <translation>Abrir la sesión de hoy  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="109"/>
        <source>Not a scheduled day: this will be an extra session.</source>
        <translation>Hoy no es día de reunión: será una sesión extra.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="110"/>
        <source>Open a session now  (Space)</source>
        <translation>Abrir una sesión ahora  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="115"/>
        <source>{name} · {minutes} min · {kind}</source>
        <translation>{name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>open discussion</source>
        <translation>diálogo abierto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>round</source>
        <translation>ronda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="122"/>
        <source>Total {minutes} min</source>
        <translation>Total: {minutes} min</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="82"/>
        <source>Import a workspace</source>
        <translation>Importar un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="47"/>
        <source>Enter the passphrase this workspace had on the other laptop. The file is checked in full before anything is installed here.</source>
        <translation>Escribe la frase clave que tenía este espacio de trabajo en el otro equipo. El archivo se comprueba entero antes de instalar nada aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="55"/>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="58"/>
        <source>Passphrase of the imported workspace</source>
        <translation>Frase clave del espacio de trabajo importado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="64"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase clave:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="69"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="127"/>
        <source>&amp;Import and open</source>
        <translation>&amp;Importar y abrir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="102"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="110"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Esa frase clave no desbloquea este espacio de trabajo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="119"/>
        <source>The file could not be imported: {reason}</source>
        <translation>No se pudo importar el archivo: {reason}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="102"/>
        <source>Attendance, last %Ln sessions</source>
        <translation>
            <numerusform>Asistencia, última sesión</numerusform>
            <numerusform>Asistencia, últimas %Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="104"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="308"/>
        <source>No finished sessions yet.</source>
        <translation>Aún no hay sesiones terminadas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="108"/>
        <source>Attendance over the weeks</source>
        <translation>Asistencia a lo largo de las semanas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="118"/>
        <source>Click a name or a date to open it.</source>
        <translation>Clic en un nombre o fecha para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="131"/>
        <source>How evenly the airtime is shared</source>
        <translation>Equilibrio en el reparto del tiempo de palabra</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="133"/>
        <source>Top speaker's share</source>
        <translation>Parte de quien más habla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="134"/>
        <source>Gini coefficient</source>
        <translation>Coeficiente de Gini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="136"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="143"/>
        <source>No airtime recorded yet.</source>
        <translation>Aún no hay tiempo de palabra registrado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="151"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="163"/>
        <source>Segments that run long</source>
        <translation>Bloques que se alargan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>On average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Ran over</source>
        <translation>Se alargó</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Segment</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="158"/>
        <source>Share that ran over</source>
        <translation>Parte que se alargó</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="196"/>
        <source>Group insights</source>
        <translation>Panorama del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="275"/>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="279"/>
        <source>0 = everyone present spoke equally; towards 1 = one or two voices took most of the time. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>0 = todas las personas presentes hablaron lo mismo; cerca de 1 = una o dos voces ocuparon casi todo el tiempo. Puntos: sesiones; línea discontinua: media de las últimas 4.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="287"/>
        <source>top speaker</source>
        <translation>quien más habla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="291"/>
        <source>The share of the airtime taken by whoever spoke most. Lower is more even. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>La parte del tiempo de palabra que ocupó quien más habló. Cuanto más baja, más equilibrado. Puntos: sesiones; línea discontinua: media de las últimas 4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="301"/>
        <source>Over the last %Ln sessions. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</source>
        <translation>
            <numerusform>En la última sesión. Pasarse más de un minuto de lo previsto cuenta como alargarse; ⚠ = en al menos la mitad de ellas.</numerusform>
            <numerusform>En las últimas %Ln sesiones. Pasarse más de un minuto de lo previsto cuenta como alargarse; ⚠ = en al menos la mitad de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="315"/>
        <source>{n} of {m}</source>
        <translation>{n} de {m}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="322"/>
        <source>Runs long in at least half of the sessions.</source>
        <translation>Se alarga en al menos la mitad de las sesiones.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="330"/>
        <source>{share} of the sessions ran over</source>
        <translation>{share} de las sesiones se alargó</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="335"/>
        <source>{n} of {m}, runs long in at least half</source>
        <translation>{n} de {m}, se alarga en al menos la mitad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="342"/>
        <source>On average {delta} against the plan; {over} over when it ran long.</source>
        <translation>En promedio, {delta} respecto a lo previsto; {over} de más cuando se alargó.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="354"/>
        <source>Runs long in at least half of the sessions: {segments}.</source>
        <translation>Se alargan en al menos la mitad de las sesiones: {segments}.</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="71"/>
        <source>Measures</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="73"/>
        <source>&amp;New measure</source>
        <translation>Nue&amp;vo cuestionario</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="85"/>
        <source>For example ORS</source>
        <translation>Por ejemplo, ORS</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="90"/>
        <source>Lowest answer</source>
        <translation>Respuesta más baja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="93"/>
        <source>Highest answer</source>
        <translation>Respuesta más alta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="96"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="100"/>
        <source>Answers in &amp;tenths (marks on a 10 cm line, as on ORS and SRS)</source>
        <translation>Respuestas en déci&amp;mas (marcas en una línea de 10 cm, como en ORS y SRS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="103"/>
        <source>Higher totals are worse</source>
        <translation>Un total más alto es peor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="104"/>
        <source>Higher totals are better</source>
        <translation>Un total más alto es mejor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="110"/>
        <source>Bands</source>
        <translation>Franjas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="116"/>
        <source>Add &amp;band</source>
        <translation>Añadir &amp;franja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="119"/>
        <source>Remo&amp;ve band</source>
        <translation>&amp;Quitar franja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="130"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="132"/>
        <source>The smallest change between two totals that is more than measurement error</source>
        <translation>El cambio más pequeño entre dos totales que supera el error de medida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="137"/>
        <source>Standard deviation</source>
        <translation>Desviación típica</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="142"/>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="143"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="146"/>
        <source>Reliable change = 1.96 × √2 × SD × √(1 − reliability) (Jacobson and Truax)</source>
        <translation>Cambio fiable = 1,96 × √2 × DT × √(1 − fiabilidad) (Jacobson y Truax)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="150"/>
        <source>SD</source>
        <translation>DT</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="152"/>
        <source>reliability</source>
        <translation>fiabilidad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="178"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="180"/>
        <source>&amp;Items:</source>
        <translation>Í&amp;tems:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="181"/>
        <source>Each item &amp;from:</source>
        <translation>Cada ítem &amp;de:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="186"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="187"/>
        <source>Bands:</source>
        <translation>Franjas:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="190"/>
        <source>&amp;Reliable change:</source>
        <translation>Cambio fia&amp;ble:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="191"/>
        <source>or &amp;from:</source>
        <translation>o a &amp;partir de:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="196"/>
        <source>The questions of licensed measures are not included: enter the answers or the total from the paper form, and take the bands and the reliable change from its manual.</source>
        <translation>Las preguntas de los cuestionarios con licencia no se incluyen: introduce las respuestas o el total del formulario en papel, y toma las franjas y el cambio fiable de su manual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="205"/>
        <source>&amp;Save measure</source>
        <translation>&amp;Guardar cuestionario</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="207"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="210"/>
        <source>An archived measure takes no new entries; its entries are kept</source>
        <translation>Un cuestionario archivado no admite registros nuevos; los que tiene se conservan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="256"/>
        <source>{name} (shipped)</source>
        <translation>{name} (incluido)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="258"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="275"/>
        <source>New measure</source>
        <translation>Nuevo cuestionario</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="281"/>
        <source>Scored as published; shipped with its questions. {threshold}</source>
        <translation>Se puntúa tal como se publicó; incluye sus preguntas. {threshold}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="314"/>
        <source>In use: its items and their range stay as they are.</source>
        <translation>En uso: sus ítems y su rango se quedan como están.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>Bring &amp;back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="397"/>
        <source>Use {n} bands or fewer.</source>
        <translation>Usa como máximo {n} franjas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="436"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="450"/>
        <source>Archived: it takes no new entries.</source>
        <translation>Archivado: ya no admite registros nuevos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="452"/>
        <source>Back in use.</source>
        <translation>De nuevo en uso.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="23"/>
        <source>Tuning the lock to this computer…</source>
        <translation>Ajustando el candado a este equipo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="25"/>
        <source>Re-encrypting private details: {done} of {total}…</source>
        <translation>Volviendo a cifrar los datos privados: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="28"/>
        <source>Bringing backups in line: {done} of {total}…</source>
        <translation>Poniendo al día las copias de seguridad: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="35"/>
        <source>Out of reach: files already exported (copies for another laptop, member records, CSV files) and printed pages. A copy for another laptop still opens with the secret it was made with; delete those you can.</source>
        <translation>Fuera de alcance: los archivos ya exportados (copias para otro equipo, fichas de participantes, archivos CSV) y las páginas impresas. Una copia para otro equipo se sigue abriendo con el secreto con el que se hizo; borra las que puedas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="46"/>
        <source>A new workspace key was made; %Ln private details were re-encrypted.</source>
        <translation>
            <numerusform>Se creó una nueva clave del espacio de trabajo; se volvió a cifrar %Ln dato privado.</numerusform>
            <numerusform>Se creó una nueva clave del espacio de trabajo; se volvieron a cifrar %Ln datos privados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="53"/>
        <source>%Ln backups were re-encrypted with the new key.</source>
        <translation>
            <numerusform>%Ln copia de seguridad se volvió a cifrar con la nueva clave.</numerusform>
            <numerusform>%Ln copias de seguridad se volvieron a cifrar con la nueva clave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="56"/>
        <source>%Ln backups now open only with the new secret.</source>
        <translation>
            <numerusform>%Ln copia de seguridad ahora solo se abre con el nuevo secreto.</numerusform>
            <numerusform>%Ln copias de seguridad ahora solo se abren con el nuevo secreto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="59"/>
        <source>%Ln backups could not be updated and were removed; a fresh, checked backup takes their place.</source>
        <translation>
            <numerusform>%Ln copia de seguridad no se pudo actualizar y se eliminó; en su lugar hay una copia nueva y comprobada.</numerusform>
            <numerusform>%Ln copias de seguridad no se pudieron actualizar y se eliminaron; en su lugar hay una copia nueva y comprobada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="67"/>
        <source>The backups could not be brought in line just now; that is finished the next time the workspace is unlocked.</source>
        <translation>Ahora mismo no se pudieron poner al día las copias de seguridad; se terminará la próxima vez que se desbloquee el espacio de trabajo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="74"/>
        <source>%Ln damaged records could not be read, so they stay as they were (unreadable).</source>
        <translation>
            <numerusform>%Ln registro dañado no se pudo leer, así que se queda como estaba (ilegible).</numerusform>
            <numerusform>%Ln registros dañados no se pudieron leer, así que se quedan como estaban (ilegibles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyChangeProgressDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_progress.py" line="30"/>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase clave…</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="104"/>
        <source>Cancelled: no check-in score was recorded.</source>
        <translation>Cancelado: no se registró ninguna puntuación de apertura.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="114"/>
        <source>Cancelled: no number was chosen.</source>
        <translation>Cancelado: no se eligió ningún número.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="166"/>
        <source>No check-in score recorded: S then the number.</source>
        <translation>No se registró ninguna puntuación de apertura: S y luego el número.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="176"/>
        <source>No member chosen: 0 needs two more digits (0 1 2 is member 12).</source>
        <translation>Ningún participante elegido: el 0 necesita dos cifras más (0 1 2 es el participante 12).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="193"/>
        <source>{typed} is not on this group's check-in scale ({low} to {high}): no score was recorded.</source>
        <translation>{typed} no está en la escala de apertura de este grupo ({low} a {high}): no se registró ninguna puntuación.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="201"/>
        <source>Check-in score for {name}: {typed}_ (another digit, or a moment for {typed})</source>
        <translation>Puntuación de apertura de {name}: {typed}_ (otra cifra, o espera un momento para {typed})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="204"/>
        <source>Check-in score for {name}: type {low} to {high} (Esc cancels)</source>
        <translation>Puntuación de apertura de {name}: escribe de {low} a {high} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="213"/>
        <source>Rule card number: {typed} (Esc cancels)</source>
        <translation>Número de tarjeta: {typed} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="215"/>
        <source>Attendance of member {typed} (Esc cancels)</source>
        <translation>Asistencia del participante {typed} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="216"/>
        <source>Member number: {typed} (Esc cancels)</source>
        <translation>Número de participante: {typed} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="218"/>
        <source>Rule card: type its number (R again: the selected card).</source>
        <translation>Tarjeta de norma: escribe su número (R otra vez: la tarjeta seleccionada).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="219"/>
        <source>Attendance: type the member's number, or choose with ↑↓ and press Enter.</source>
        <translation>Asistencia: escribe el número del participante, o elige con ↑↓ y pulsa Enter.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="89"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="135"/>
        <source>Keys in the room</source>
        <translation>Teclas en la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="138"/>
        <source>One key per action, wherever the focus is; every key also has a button or a click. Keys do nothing while you type a note. A member's number stays the same for the whole session.</source>
        <translation>Una tecla por acción, esté donde esté el foco; cada tecla tiene también un botón o un clic. Las teclas no hacen nada mientras escribes una nota. El número de cada participante no cambia en toda la sesión.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../facilitator_desktop/ui/i18n.py" line="73"/>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="109"/>
        <source>{title}, in the rule set</source>
        <translation>{title}, ya en las normas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="106"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="119"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="120"/>
        <source>Lock the workspace (Ctrl+L)</source>
        <translation>Bloquear el espacio de trabajo (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Lock workspace</source>
        <translation>&amp;Bloquear espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Backups…</source>
        <translation>Co&amp;pias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="184"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="189"/>
        <source>Encrypted workspace · Ctrl+L locks</source>
        <translation>Espacio de trabajo cifrado · Ctrl+L bloquea</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="280"/>
        <source>Unsaved changes were cleared when the workspace locked.</source>
        <translation>Los cambios sin guardar se descartaron al bloquearse el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="363"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="364"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;An offline companion for facilitators of in-person groups. Everything stays on this computer.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Una herramienta sin conexión para quienes facilitan grupos presenciales. Todo se queda en este equipo.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="22"/>
        <source>[former member]</source>
        <extracomment>each replaces a name in a text; keep the square brackets so the marker reads as the app's, not as something a member said.</extracomment>
        <translation>[exparticipante]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="23"/>
        <source>[another member]</source>
        <translation>[otro participante]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="24"/>
        <source>[redacted]</source>
        <translation>[omitido]</translation>
    </message>
</context>
<context>
    <name>MeasureEntryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="78"/>
        <source>Enter a measure — {alias}</source>
        <translation>Registrar un cuestionario — {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="81"/>
        <source>Enter a measure from paper</source>
        <translation>Registrar un cuestionario en papel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="83"/>
        <source>Measure</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="85"/>
        <source>&amp;Define measures…</source>
        <translation>&amp;Definir cuestionarios…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="87"/>
        <source>Add a measure whose form you have on paper (ORS, SRS, CORE-10 …)</source>
        <translation>Añadir un cuestionario que tienes en papel (ORS, SRS, CORE-10…)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="101"/>
        <source>Date the form was filled in</source>
        <translation>Fecha en que se rellenó</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="104"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="107"/>
        <source>Each item's &amp;answer</source>
        <translation>La &amp;respuesta de cada ítem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="108"/>
        <source>Only the &amp;total from the paper</source>
        <translation>Solo el &amp;total del papel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="120"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Cuestionario:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="125"/>
        <source>Filled in &amp;on:</source>
        <translation>Rellenado &amp;el:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="126"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="127"/>
        <source>Enter:</source>
        <translation>Introducir:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="156"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="158"/>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="177"/>
        <source>Total so far</source>
        <translation>Total por ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="189"/>
        <source>Stored encrypted; never shown on the room display.</source>
        <translation>Se guarda cifrado; nunca se muestra en la pantalla de la sala.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="229"/>
        <source>Not tied to a session</source>
        <translation>Sin vincular a una sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="236"/>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="269"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="277"/>
        <source>Item {n}</source>
        <translation>Ítem {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="271"/>
        <source>{n}.</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="297"/>
        <source>There is no measure to enter. Define one first.</source>
        <translation>No hay ningún cuestionario para registrar. Primero define uno.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="310"/>
        <source>Each item from {low} to {high}.</source>
        <translation>Cada ítem de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="317"/>
        <source>The total is from {low} to {high}.</source>
        <translation>El total va de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="374"/>
        <source>Answered {given} of {items} · total so far {total}</source>
        <translation>Respondidos {given} de {items} · total por ahora {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="385"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="408"/>
        <source>Type the total from the paper.</source>
        <translation>Escribe el total que figura en el papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="389"/>
        <source>Total {total} of {most}</source>
        <translation>Total {total} de {most}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="416"/>
        <source>Item {n} has no answer yet. Type it, or enter only the total from the paper.</source>
        <translation>El ítem {n} aún no tiene respuesta. Escríbela, o introduce solo el total del papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="458"/>
        <source>Measure saved.</source>
        <translation>Cuestionario guardado.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="29"/>
        <source>Export {alias}'s scores</source>
        <translation>Exportar las puntuaciones de {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="30"/>
        <source>The file will hold {alias}'s name and scores in plain text.</source>
        <translation>El archivo contendrá el nombre y las puntuaciones de {alias} en texto sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="31"/>
        <source>Anyone who opens it can read how they answered. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Cualquiera que lo abra podrá ver cómo respondió. Guárdalo solo donde otras personas no puedan verlo y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="35"/>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="40"/>
        <source>Export scores as CSV</source>
        <translation>Exportar las puntuaciones como CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="42"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>The file could not be saved: {why}</source>
        <translation>No se pudo guardar el archivo: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="58"/>
        <source>Saved {name}.</source>
        <translation>Guardado: {name}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="29"/>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="30"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="31"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="32"/>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="33"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="45"/>
        <source>{total} ({band})</source>
        <translation>{total} ({band})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="50"/>
        <source>reliable improvement</source>
        <translation>mejoría fiable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="51"/>
        <source>reliable deterioration</source>
        <translation>empeoramiento fiable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="52"/>
        <source>no reliable change</source>
        <translation>sin cambio fiable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="53"/>
        <source>no reliable-change threshold set</source>
        <translation>sin umbral de cambio fiable</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="59"/>
        <source>No reliable-change threshold is set for this measure.</source>
        <translation>Este cuestionario no tiene umbral de cambio fiable.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="60"/>
        <source>A change of {n} points or more counts as reliable.</source>
        <translation>Un cambio de {n} puntos o más se considera fiable.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher is better.</source>
        <translation>Más alto es mejor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher totals are worse.</source>
        <translation>Un total más alto es peor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="77"/>
        <source>{measure}: no readable entries.</source>
        <translation>{measure}: ningún registro legible.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="81"/>
        <source>{measure}: one entry, {date}: {total}.</source>
        <translation>{measure}: un registro, {date}: {total}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="90"/>
        <source>{measure}: {n} entries from {first} to {latest}.</source>
        <translation>{measure}: {n} registros del {first} al {latest}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="98"/>
        <source>First {first}, latest {latest}: {change}.</source>
        <translation>Primero {first}, último {latest}: {change}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="106"/>
        <source>Lowest {low}, highest {high}.</source>
        <translation>Mínimo {low}, máximo {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="113"/>
        <source>Item 9 answered above 0 in {n} of them, most recently {date}.</source>
        <translation>El ítem 9 se respondió por encima de 0 en {n} de ellos, la última vez el {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="120"/>
        <source>Entries that could not be read and are left out: {n}.</source>
        <translation>Registros que no se pudieron leer y se han dejado fuera: {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="131"/>
        <source>Item 9 was answered above 0</source>
        <translation>El ítem 9 se respondió por encima de 0</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="137"/>
        <source>{alias} marked “{answer}” for thoughts that they would be better off dead, or of hurting themselves in some way.</source>
        <translation>{alias} respondió “{answer}” a la pregunta sobre pensamientos de que estaría mejor muerto/a o de hacerse daño de alguna manera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="144"/>
        <source>This answer is not a diagnosis and does not say how much risk there is; it is a reason to ask. Consider speaking with them soon, in private, about how they are now; following your own service's safety procedures (who to contact, what to record); and talking it through with your supervisor or a colleague. If you believe someone is in immediate danger, follow your emergency procedure.</source>
        <translation>Esta respuesta no es un diagnóstico ni dice cuánto riesgo hay; es un motivo para preguntar. Plantéate hablar pronto con esta persona, en privado, sobre cómo está ahora; seguir los procedimientos de seguridad de tu servicio (a quién avisar, qué registrar), y comentarlo con tu supervisor o con un colega. Si crees que alguien está en peligro inmediato, sigue tu procedimiento de emergencia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="154"/>
        <source>With the total only, item 9 (thoughts of being better off dead or of self-harm) is not checked here: look at its answer on the paper.</source>
        <translation>Con solo el total, el ítem 9 (pensamientos de estar mejor muerto/a o de hacerse daño) no se comprueba aquí: mira su respuesta en el papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="161"/>
        <source>I have read this</source>
        <translation>Lo he leído</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="32"/>
        <source>Not on track</source>
        <translation>No va bien</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="52"/>
        <source>{alias}: {measure} reliably worse than at first — {before} on {since}, {latest} on {latest_on} (a change of {threshold} or more is reliable)</source>
        <translation>{alias}: {measure} con empeoramiento fiable desde el principio — {before} el {since}, {latest} el {latest_on} (un cambio de {threshold} o más es fiable)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="64"/>
        <source>{alias} · {measure} {before} → {latest}</source>
        <translation>{alias} · {measure} {before} → {latest}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="68"/>
        <source>{alias}: check-in fell from {before} ({since}) to {latest} ({latest_on}) over their last three sessions</source>
        <translation>{alias}: la puntuación de apertura bajó de {before} ({since}) a {latest} ({latest_on}) en sus tres últimas sesiones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="78"/>
        <source>{alias} · check-in {before} → {latest}</source>
        <translation>{alias} · apertura {before} → {latest}</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="47"/>
        <source>Outcome measures</source>
        <translation>Cuestionarios de resultados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="56"/>
        <source>Measure</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="58"/>
        <source>Mea&amp;sure:</source>
        <translation>C&amp;uestionario:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="60"/>
        <source>&amp;Enter a measure…</source>
        <translation>&amp;Registrar un cuestionario…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="61"/>
        <source>Type in a questionnaire filled in on paper</source>
        <translation>Pasar a la aplicación un cuestionario rellenado en papel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="63"/>
        <source>E&amp;xport scores…</source>
        <translation>E&amp;xportar puntuaciones…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="64"/>
        <source>Their scores as a CSV file</source>
        <translation>Sus puntuaciones como archivo CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="77"/>
        <source>Measure summary</source>
        <translation>Resumen del cuestionario</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="79"/>
        <source>Shading: the measure's bands, darker towards the worse end. Dashed lines: a reliable change from the first total. ▲▼ reliably worse or better than the first; ○ the latest; a red ring: item 9 above 0.</source>
        <translation>Sombreado: las franjas del cuestionario, más oscuras hacia el extremo peor. Líneas discontinuas: un cambio fiable desde el primer total. ▲▼ empeoramiento o mejoría fiable respecto al primero; ○ el último; un aro rojo: ítem 9 por encima de 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="88"/>
        <source>Entries of this measure</source>
        <translation>Registros de este cuestionario</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="92"/>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Borrar registro…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="162"/>
        <source>No measures entered for them yet.</source>
        <translation>Aún no hay cuestionarios registrados para esta persona.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="233"/>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="236"/>
        <source>Delete entry</source>
        <translation>Borrar registro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="234"/>
        <source>Delete this entry?</source>
        <translation>¿Borrar este registro?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="245"/>
        <source>Entry deleted.</source>
        <translation>Registro borrado.</translation>
    </message>
</context>
<context>
    <name>MemberCopyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="69"/>
        <source>A member's copy</source>
        <translation>Copia para un participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="72"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="73"/>
        <source>&amp;Member:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="76"/>
        <source>This &amp;session only</source>
        <translation>Solo esta &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="77"/>
        <source>Sessions &amp;from</source>
        <translation>Sesiones &amp;entre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="81"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="82"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="89"/>
        <source>to</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="97"/>
        <source>Other members as their &amp;initials</source>
        <translation>Los demás, con sus ini&amp;ciales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="98"/>
        <source>Other members' names &amp;removed</source>
        <translation>Los demás, sin &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="106"/>
        <source>The copy holds the group note and this member's own facts and lines. Every other member's name, phone number and e-mail is reduced to initials or removed. Read it over before it leaves your hands.</source>
        <translation>La copia contiene la nota del grupo y los datos y líneas propios de este participante. El nombre, el teléfono y el correo de cualquier otro participante se reducen a iniciales o se quitan. Revísala antes de entregarla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="119"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="121"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="123"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="137"/>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="141"/>
        <source>Others:</source>
        <translation>Los demás:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="179"/>
        <source>The first day is after the last. Nothing was made.</source>
        <translation>El primer día es posterior al último. No se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="213"/>
        <source>The copy could not be made ({error}). Nothing was saved.</source>
        <translation>No se pudo crear la copia ({error}). No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="233"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>No se pudo guardar el PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="238"/>
        <source>Saved {file}.</source>
        <translation>Guardado: {file}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="244"/>
        <source>progress-entry-{date}.pdf</source>
        <translation>nota-de-evolucion-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="247"/>
        <source>Save the member's copy</source>
        <translation>Guardar la copia del participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="261"/>
        <source>Progress entry</source>
        <translation>Nota de evolución</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="268"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>No se pudo iniciar la impresora. Comprueba que esté conectada y encendida.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="270"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="54"/>
        <source>Progress entry for {name}</source>
        <translation>Nota de evolución de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="56"/>
        <source>A line or two about {name} today.</source>
        <translation>Una o dos líneas sobre {name} hoy.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="64"/>
        <source>Add an addendum for {name}…</source>
        <translation>Añadir un anexo para {name}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="101"/>
        <source>These lines are damaged and cannot be shown.</source>
        <translation>Estas líneas están dañadas y no se pueden mostrar.</translation>
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
        <translation>{alias} — baja el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/members.py" line="55"/>
        <source>This record is damaged and cannot be shown or edited.</source>
        <translation>Este registro está dañado y no se puede mostrar ni editar.</translation>
    </message>
</context>
<context>
    <name>MemberRights</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="74"/>
        <source>Export member record</source>
        <translation>Exportar la ficha del participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="75"/>
        <source>This record cannot be exported.</source>
        <translation>Esta ficha no se puede exportar.</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="84"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="88"/>
        <source>&amp;Member:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="93"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="94"/>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="95"/>
        <source>Absent without notice</source>
        <translation>Faltas sin aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="96"/>
        <source>Passed</source>
        <translation>Pases</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="97"/>
        <source>Quiet lately</source>
        <translation>Poca participación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="99"/>
        <source>Recent sessions in a row in which they passed or spoke for less than a third of an equal share of the time.</source>
        <translation>Sesiones recientes seguidas en las que pasó o habló menos de un tercio de lo que le tocaría en un reparto equitativo del tiempo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="116"/>
        <source>No sessions since they joined.</source>
        <translation>No ha habido sesiones desde que se unió.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="118"/>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="352"/>
        <source>Airtime share per session</source>
        <translation>Parte del tiempo de palabra por sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="120"/>
        <source>Bars: their share of the airtime; dashed line: their average when present; ○ came and passed. Letters: attendance. Click a bar to open that session.</source>
        <translation>Barras: su parte del tiempo de palabra; línea discontinua: su media cuando asiste; ○ vino y pasó. Letras: asistencia. Haz clic en una barra para abrir esa sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="128"/>
        <source>Rule sets signed</source>
        <translation>Normas firmadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="137"/>
        <source>Notes and follow-ups</source>
        <translation>Notas y seguimientos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="140"/>
        <source>Notes about this member</source>
        <translation>Notas sobre esta persona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="150"/>
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="152"/>
        <source>Open in &amp;Notes</source>
        <translation>Abrir en &amp;Notas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="188"/>
        <source>The chosen member</source>
        <translation>El participante elegido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="194"/>
        <source>Pick a member to see their attendance and airtime over the weeks.</source>
        <translation>Elige un participante para ver su asistencia y su tiempo de palabra a lo largo de las semanas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="262"/>
        <source>Choose a member…</source>
        <translation>Elige un participante…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="267"/>
        <source>{alias} (left)</source>
        <translation>{alias} (baja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="298"/>
        <source>In the group since {date}</source>
        <translation>En el grupo desde el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="300"/>
        <source>left {date}</source>
        <translation>baja el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="302"/>
        <source>seat {n}</source>
        <translation>asiento {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="305"/>
        <source>{attended} of %Ln sessions</source>
        <translation>
            <numerusform>{attended} de %Ln sesión</numerusform>
            <numerusform>{attended} de %Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="309"/>
        <source>%Ln excused</source>
        <translation>
            <numerusform>%Ln justificada</numerusform>
            <numerusform>%Ln justificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="314"/>
        <source>sessions in a row · longest {n}</source>
        <translation>
            <numerusform>sesión seguida · máximo {n}</numerusform>
            <numerusform>sesiones seguidas · máximo {n}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="321"/>
        <source>in a row — worth a call</source>
        <translation>
            <numerusform>seguida — conviene llamar</numerusform>
            <numerusform>seguidas — conviene llamar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="323"/>
        <source>in a row</source>
        <translation>
            <numerusform>seguida</numerusform>
            <numerusform>seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="328"/>
        <source>times · spoke {turns}</source>
        <translation>
            <numerusform>vez · habló en {turns}</numerusform>
            <numerusform>veces · habló en {turns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="335"/>
        <source>sessions in a row with little said</source>
        <translation>
            <numerusform>sesión seguida con poca participación</numerusform>
            <numerusform>sesiones seguidas con poca participación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="337"/>
        <source>sessions</source>
        <translation>
            <numerusform>sesión</numerusform>
            <numerusform>sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="354"/>
        <source>Airtime share per session — the last {shown} of {total}</source>
        <translation>Parte del tiempo de palabra por sesión — las últimas {shown} de {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="362"/>
        <source>Version {v} · signed {date}</source>
        <translation>Versión {v} · firmada el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="369"/>
        <source>Has not signed a version of the rules yet.</source>
        <translation>Aún no ha firmado ninguna versión de las normas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="385"/>
        <source>The group's rules are at version {v}.</source>
        <translation>Las normas del grupo van por la versión {v}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="387"/>
        <source>✓ Signed.</source>
        <translation>✓ Firmadas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="389"/>
        <source>Not signed yet.</source>
        <translation>Aún sin firmar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="400"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="402"/>
        <source>%Ln open follow-ups</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="423"/>
        <source>due {date}</source>
        <translation>plazo: {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="425"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="58"/>
        <source>&amp;Add member</source>
        <translation>&amp;Añadir participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="59"/>
        <source>Add a member to this group (Ctrl+N)</source>
        <translation>Añadir un participante a este grupo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="63"/>
        <source>Members in seat order</source>
        <translation>Participantes por orden de asiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="65"/>
        <source>Drag to change seats, or use Alt+Up and Alt+Down.</source>
        <translation>Arrastra para cambiar de asiento, o usa Alt+↑ y Alt+↓.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="67"/>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="68"/>
        <source>Move one seat earlier (Alt+Up)</source>
        <translation>Un asiento antes (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="70"/>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="71"/>
        <source>Move one seat later (Alt+Down)</source>
        <translation>Un asiento después (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="74"/>
        <source>Show members who &amp;left</source>
        <translation>&amp;Mostrar bajas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="78"/>
        <source>Seat order is the order of rounds. Drag to change it.</source>
        <translation>El orden de asiento es el orden de las rondas. Arrastra para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="89"/>
        <source>Print sign-in s&amp;heet…</source>
        <translation>Imprimir hoja de &amp;firmas…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="104"/>
        <source>First name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="107"/>
        <source>What the room sees. Must be different from everyone else in this group.</source>
        <translation>Lo que ve la sala. Debe ser distinto del de las demás personas del grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="114"/>
        <source>Al&amp;ias:</source>
        <translation>Al&amp;ias:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="118"/>
        <source>Private — encrypted</source>
        <translation>Privado — cifrado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="121"/>
        <source>Phone or email</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="125"/>
        <source>Anything you need to remember (access needs, who referred them…)</source>
        <translation>Lo que necesites recordar (necesidades de accesibilidad, quién le derivó…)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="129"/>
        <source>Shown only on this screen. Stored encrypted with your passphrase; never on the room display or handouts.</source>
        <translation>Solo se muestra en esta pantalla. Se guarda cifrado con tu frase clave; nunca aparece en la pantalla de la sala ni en los materiales.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="139"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="140"/>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="141"/>
        <source>&amp;Remarks:</source>
        <translation>Obse&amp;rvaciones:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="144"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="145"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Guardar (Ctrl+S o Enter)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="147"/>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>Mark as l&amp;eft</source>
        <translation>Dar de &amp;baja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="158"/>
        <source>E&amp;xport member record…</source>
        <translation>&amp;Exportar ficha…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="159"/>
        <source>A file with everything held about this member</source>
        <translation>Un archivo con todo lo que se guarda sobre esta persona</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="161"/>
        <source>Erase &amp;member…</source>
        <translation>E&amp;liminar participante…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="162"/>
        <source>Remove this member and their history for good</source>
        <translation>Eliminar a esta persona y su historial para siempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="164"/>
        <source>En&amp;ter a measure…</source>
        <translation>Regis&amp;trar un cuestionario…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="165"/>
        <source>Type in a PHQ-9, GAD-7 or your own measure</source>
        <translation>Pasar a la aplicación un PHQ-9, un GAD-7 o un cuestionario propio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="195"/>
        <source>Create a group on the Groups page first; its members are listed here.</source>
        <translation>Primero crea un grupo en la página Grupos; sus participantes aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="222"/>
        <source>Members</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="288"/>
        <source>New member</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="290"/>
        <source>Damaged record</source>
        <translation>Registro dañado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="292"/>
        <source>Edit member</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="317"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/members_page.py" line="326"/>
        <source>{group} · %Ln in seat order</source>
        <translation>
            <numerusform>{group} · %Ln participante, por orden de asiento</numerusform>
            <numerusform>{group} · %Ln participantes, por orden de asiento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>R&amp;ejoin</source>
        <translation>Rein&amp;corporar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>the new member</source>
        <translation>el nuevo participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>this member</source>
        <translation>este participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="196"/>
        <source>Seat order saved.</source>
        <translation>Orden de asiento guardado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="219"/>
        <source>Member erased, backups included: {deleted} notes removed, their name taken out of {kept} others.</source>
        <translation>Participante eliminado, también de las copias de seguridad: {deleted} notas borradas y su nombre quitado de otras {kept}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="237"/>
        <source>Marked as left. Their history is kept.</source>
        <translation>Baja registrada. Su historial se conserva.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="239"/>
        <source>Tick “Show members who left” to see them.</source>
        <translation>Marca “Mostrar bajas” para ver a quienes se fueron.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="241"/>
        <source>Welcome back: rejoined the group.</source>
        <translation>Reincorporación registrada: vuelve a estar en el grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member added.</source>
        <translation>Participante añadido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member saved.</source>
        <translation>Participante guardado.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>New passphrase</source>
        <translation>Nueva frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>Passphrase</source>
        <translation>Frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="154"/>
        <source>Several unrelated words</source>
        <translation>Varias palabras sin relación entre sí</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat passphrase</source>
        <translation>Repite la frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat the new passphrase</source>
        <translation>Repite la nueva frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="161"/>
        <source>Su&amp;ggest one</source>
        <translation>Su&amp;gerir una</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="163"/>
        <source>Fill in a strong passphrase of six random words, for you to write down</source>
        <translation>Rellena una frase clave segura de seis palabras al azar, para que la anotes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase clave:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase clave:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="188"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="222"/>
        <source>No passphrase can be suggested: the word list is missing from this installation. Four or more unrelated words of your own work as well.</source>
        <translation>No se puede sugerir ninguna frase clave: falta la lista de palabras en esta instalación. Cuatro o más palabras tuyas sin relación entre sí también sirven.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="234"/>
        <source>Your new passphrase, filled in above:</source>
        <translation>Tu nueva frase clave, ya escrita arriba:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="237"/>
        <source>Write it down now, exactly as shown, and keep it somewhere safe.</source>
        <translation>Anótala ahora, exactamente como aparece, y guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="273"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases clave no coinciden.</translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="55"/>
        <source>About</source>
        <translation>Sobre quién</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="57"/>
        <source>Members this note is about</source>
        <translation>Participantes de los que trata esta nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="61"/>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="131"/>
        <source>Tick the members this note is about.</source>
        <translation>Marca los participantes de los que trata esta nota.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="65"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="66"/>
        <source>&amp;Follow up</source>
        <translation>&amp;Hacer seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="67"/>
        <source>List this note under Follow-ups</source>
        <translation>Incluir esta nota en Seguimientos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="68"/>
        <source>D&amp;ue by</source>
        <translation>&amp;Plazo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="71"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="73"/>
        <source>&amp;Done</source>
        <translation>He&amp;cho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="74"/>
        <source>The follow-up has been done</source>
        <translation>El seguimiento está hecho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="122"/>
        <source>{alias} (left)</source>
        <translation>{alias} (baja)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="133"/>
        <source>This group has no members yet.</source>
        <translation>Este grupo aún no tiene participantes.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor.py" line="40"/>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="89"/>
        <source>About {names}</source>
        <translation>Sobre {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="103"/>
        <source>Followed up ✓</source>
        <translation>Seguimiento hecho ✓</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="105"/>
        <source>Follow up by {date}</source>
        <translation>Seguimiento hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="106"/>
        <source>To follow up</source>
        <translation>Pendiente de seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="194"/>
        <source>⚠ Damaged note</source>
        <translation>⚠ Nota dañada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="195"/>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="180"/>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="184"/>
        <source>Quick note</source>
        <translation>Nota rápida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="181"/>
        <source>&amp;Quick note (only you see it)</source>
        <translation>&amp;Nota rápida (solo la ves tú)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="183"/>
        <source>Type, then Enter saves it (encrypted)</source>
        <translation>Escribe; Enter la guarda cifrada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="186"/>
        <source>Enter saves · Shift+Enter starts a new line · Esc goes back to the room</source>
        <translation>Enter guarda · Mayús+Enter: nueva línea · Esc: volver a la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="264"/>
        <source>Saved, encrypted · about {name}</source>
        <translation>Guardada y cifrada · sobre {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="266"/>
        <source>Saved, encrypted · not linked to anyone</source>
        <translation>Guardada y cifrada · sin vincular a nadie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="365"/>
        <source>About nobody: no one is speaking</source>
        <translation>Sobre nadie: no está hablando nadie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="372"/>
        <source>About {name}</source>
        <translation>Sobre {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="374"/>
        <source>Link the note to {name}, who was speaking ({key})</source>
        <translation>Vincular la nota a {name}, que estaba hablando ({key})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="379"/>
        <source>{key} links</source>
        <translation>{key} vincula</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="381"/>
        <source>{key} unlinks</source>
        <translation>{key} desvincula</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="419"/>
        <source>Too long for a quick note ({n} of %Ln characters). Shorten it, or write it on the Notes page.</source>
        <translation>
            <numerusform>Demasiado larga para una nota rápida ({n} de %Ln carácter). Acórtala o escríbela en la página Notas.</numerusform>
            <numerusform>Demasiado larga para una nota rápida ({n} de %Ln caracteres). Acórtala o escríbela en la página Notas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteShareBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="29"/>
        <source>For &amp;co-facilitators</source>
        <translation>Para co&amp;facilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="61"/>
        <source>Only a note of a shared group can go to its co-facilitators. This note stays on this laptop.</source>
        <translation>Solo una nota de un grupo compartido puede llegar a sus cofacilitadores. Esta nota se queda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="68"/>
        <source>Ticked, this note is read by this group's co-facilitators (other laptops: {count}), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation>Si está marcada, los cofacilitadores de este grupo pueden leer esta nota (otros equipos: {count}), cifrada con la clave del grupo. Si no, se queda en este equipo y se retira de los suyos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="108"/>
        <source>This note goes to the co-facilitators at the next sync.</source>
        <translation>Esta nota llegará a los cofacilitadores en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="110"/>
        <source>This note is taken back from the co-facilitators at the next sync.</source>
        <translation>Esta nota se retirará de los equipos de los cofacilitadores en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="21"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="22"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="23"/>
        <source>What happened in the session, in your own words.</source>
        <translation>Lo que pasó en la sesión, con tus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="24"/>
        <source>DAP (Data, Assessment, Plan)</source>
        <translation>DAP (Datos, Análisis, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="25"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="26"/>
        <source>What was said and done: the topics, what members brought, what you saw.</source>
        <translation>Lo que se dijo y se hizo: los temas, lo que trajeron los participantes, lo que observaste.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="29"/>
        <source>Assessment</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="30"/>
        <source>Your reading of it: the group's process, themes, progress, concerns.</source>
        <translation>Tu lectura: el proceso del grupo, los temas, los avances, las preocupaciones.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="33"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="34"/>
        <source>What comes next: the next session's focus, follow-ups.</source>
        <translation>Lo que viene: el foco de la próxima sesión, los seguimientos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="35"/>
        <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
        <translation>BIRP (Conducta, Intervención, Respuesta, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="36"/>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="37"/>
        <source>What members showed and said: mood, participation, how they related.</source>
        <translation>Lo que los participantes mostraron y dijeron: estado de ánimo, participación, cómo se relacionaron.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="40"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="41"/>
        <source>What you did: the topics, prompts and techniques.</source>
        <translation>Lo que hiciste: los temas, las preguntas y las técnicas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="42"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="43"/>
        <source>How the group and its members responded.</source>
        <translation>Cómo respondieron el grupo y sus participantes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="44"/>
        <source>Next steps: the next session's focus and follow-ups.</source>
        <translation>Próximos pasos: el foco de la próxima sesión y los seguimientos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="45"/>
        <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
        <translation>SOAP (Subjetivo, Objetivo, Análisis, Plan)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="46"/>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="47"/>
        <source>What members reported in their own words: the concerns they brought.</source>
        <translation>Lo que contaron los participantes con sus propias palabras: las preocupaciones que trajeron.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="50"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="51"/>
        <source>What you observed: attendance, participation, affect, interactions.</source>
        <translation>Lo que observaste: asistencia, participación, afecto, interacciones.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="54"/>
        <source>Your assessment of the group's process and progress.</source>
        <translation>Tu análisis del proceso y los avances del grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="55"/>
        <source>The next session's focus, tasks agreed, follow-ups.</source>
        <translation>El foco de la próxima sesión, las tareas acordadas, los seguimientos.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="31"/>
        <source>Write here. It is saved as you type, encrypted.</source>
        <translation>Escribe aquí. Se guarda cifrado mientras escribes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="40"/>
        <source>This note is damaged and cannot be shown. The other notes are fine; you can delete this one.</source>
        <translation>Esta nota está dañada y no se puede mostrar. Las demás notas están bien; puedes borrar esta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="68"/>
        <source>Choose a note on the left, or start a new one with New note (Ctrl+N).</source>
        <translation>Elige una nota a la izquierda, o empieza una nueva con Nueva nota (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="124"/>
        <source>New note — saved as soon as you type.</source>
        <translation>Nota nueva: se guarda en cuanto escribes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="150"/>
        <source>Saved · encrypted</source>
        <translation>Guardada · cifrada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="154"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="158"/>
        <source>Not saved yet: {reason}</source>
        <translation>Aún sin guardar: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="165"/>
        <source>Written {when}</source>
        <translation>Escrita: {when}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="166"/>
        <source>Written {when}
Changed {changed}</source>
        <translation>Escrita: {when}
Modificada: {changed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="35"/>
        <source>All &amp;groups</source>
        <translation>Todos los &amp;grupos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="36"/>
        <source>List the notes of every group</source>
        <translation>Mostrar las notas de todos los grupos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="39"/>
        <source>Notes about</source>
        <translation>Notas sobre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="43"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="44"/>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="45"/>
        <source>Follow-up open</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="46"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="48"/>
        <source>A&amp;bout:</source>
        <translation>S&amp;obre:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="50"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="93"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="98"/>
        <source>{alias} (left)</source>
        <translation>{alias} (baja)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="60"/>
        <source>The newest %Ln notes. Search to find older ones.</source>
        <translation>
            <numerusform>La nota más reciente. Busca para encontrar otras anteriores.</numerusform>
            <numerusform>Las %Ln notas más recientes. Busca para encontrar otras anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="62"/>
        <source>No notes here yet.</source>
        <translation>Aún no hay notas aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="77"/>
        <source>Create a group on the Groups page to write notes about it.</source>
        <translation>Crea un grupo en la página Grupos para escribir notas sobre él.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="90"/>
        <source>No note holds all of these words, in its text or in the names of the members it is about.</source>
        <translation>Ninguna nota contiene todas estas palabras, ni en su texto ni en los nombres de los participantes de los que trata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="95"/>
        <source>The newest %Ln matching notes, from all groups. Add a word to narrow.</source>
        <translation>
            <numerusform>La nota más reciente que coincide, de todos los grupos. Añade una palabra para afinar.</numerusform>
            <numerusform>Las %Ln notas más recientes que coinciden, de todos los grupos. Añade una palabra para afinar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="101"/>
        <source>%Ln matching notes, from all groups.</source>
        <translation>
            <numerusform>%Ln nota coincide, de todos los grupos.</numerusform>
            <numerusform>%Ln notas coinciden, de todos los grupos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up marked done.</source>
        <translation>Seguimiento marcado como hecho.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up open again.</source>
        <translation>Seguimiento pendiente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="316"/>
        <source>Note deleted.</source>
        <translation>Nota borrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="66"/>
        <source>Search all notes, or who they are about (Ctrl+F)</source>
        <translation>Buscar en todas las notas, o por la persona de la que tratan (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="68"/>
        <source>Search all notes</source>
        <translation>Buscar en todas las notas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="70"/>
        <source>Finds the notes that hold every word, in their text or in the alias or full name of a member they are about.</source>
        <translation>Encuentra las notas que contienen todas las palabras, en su texto o en el alias o nombre completo de un participante del que tratan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="77"/>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="78"/>
        <source>Start a new note in this group (Ctrl+N)</source>
        <translation>Empezar una nota nueva en este grupo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="79"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="80"/>
        <source>Delete this note for good</source>
        <translation>Borrar esta nota para siempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="93"/>
        <source>Notes, newest first</source>
        <translation>Notas, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="168"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="228"/>
        <source>this note</source>
        <translation>esta nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="303"/>
        <source>Search in every group · encrypted</source>
        <translation>Búsqueda en todos los grupos · cifrado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="305"/>
        <source>All groups · newest first · encrypted</source>
        <translation>Todos los grupos · la más reciente primero · cifrado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="308"/>
        <source>{group} · newest first · encrypted</source>
        <translation>{group} · la más reciente primero · cifrado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="392"/>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="393"/>
        <source>Delete this note?</source>
        <translation>¿Borrar esta nota?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="394"/>
        <source>It is removed from the workspace for good, together with its follow-up. This cannot be undone.</source>
        <translation>Se elimina del espacio de trabajo para siempre, junto con su seguimiento. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="398"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Borrar para siempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/presenter.py" line="89"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
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
        <translation>Solidez de la frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="74"/>
        <source>Tip: several unrelated words, like “lantern orbit velvet seven”.</source>
        <translation>Consejo: varias palabras sin relación entre sí, como “farol órbita terciopelo siete”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="76"/>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="78"/>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Suficiente. Una palabra más sin relación con las otras la haría segura.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="83"/>
        <source>Try four or more unrelated words, or let the app suggest some.</source>
        <translation>Prueba con cuatro o más palabras sin relación entre sí, o deja que la aplicación te sugiera algunas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="91"/>
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Demasiado corta: usa al menos %Ln carácter.</numerusform>
            <numerusform>Demasiado corta: usa al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="93"/>
        <source>This is one of the most common passwords; anyone trying to open the file would try it early.</source>
        <translation>Es una de las contraseñas más comunes; quien intentara abrir el archivo la probaría enseguida.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="98"/>
        <source>It is built on a common password; anyone trying to open the file would try those early, with the usual additions.</source>
        <translation>Se basa en una contraseña común; quien intentara abrir el archivo probaría esas enseguida, con los añadidos habituales.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="103"/>
        <source>Look-alike symbols (like @ for a) or a word spelled backwards fool nobody: they are among the first things tried.</source>
        <translation>Los símbolos parecidos (como @ por a) o una palabra escrita al revés no engañan a nadie: es de lo primero que se prueba.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="108"/>
        <source>Names, alone or with a year, are among the first things anyone trying to open the file would guess.</source>
        <translation>Los nombres, solos o con un año, están entre lo primero que probaría quien intentara abrir el archivo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="113"/>
        <source>A common word or two on their own are easy to guess.</source>
        <translation>Una o dos palabras comunes por sí solas son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="115"/>
        <source>Words about this app or its work, like “group” or “facilitator”, are the first anyone would try here.</source>
        <translation>Las palabras relacionadas con esta aplicación o su trabajo, como “grupo” o “facilitador”, son lo primero que cualquiera probaría aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="120"/>
        <source>Keys next to each other on the keyboard, like “qwerty” or “asdfgh”, are tried early.</source>
        <translation>Las teclas contiguas del teclado, como “qwerty” o “asdfgh”, se prueban enseguida.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="125"/>
        <source>Repeated letters or words, like “aaaaaaaa”, add almost nothing.</source>
        <translation>Las letras o palabras repetidas, como “aaaaaaaa”, no aportan casi nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="127"/>
        <source>Sequences like “12345678” or “abcdef” are tried early.</source>
        <translation>Las secuencias como “12345678” o “abcdef” se prueban enseguida.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="129"/>
        <source>Dates and years, like a birthday, are easy to guess.</source>
        <translation>Las fechas y los años, como un cumpleaños, son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="131"/>
        <source>A computer trying every possibility would find this before long.</source>
        <translation>Un programa que probara todas las combinaciones la encontraría en poco tiempo.</translation>
    </message>
</context>
<context>
    <name>PlanActualBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="43"/>
        <source>Planned and actual time per segment</source>
        <translation>Tiempo previsto y real por bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="49"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} de {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="87"/>
        <source>{name}: planned {planned}, took {actual} ({delta})</source>
        <translation>{name}: previsto {planned}, duró {actual} ({delta})</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="73"/>
        <source>Handout preview</source>
        <translation>Vista previa del material</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="94"/>
        <source>Updating the preview</source>
        <translation>Actualizando la vista previa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="127"/>
        <source>The preview could not be shown.</source>
        <translation>No se pudo mostrar la vista previa.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="297"/>
        <source>Your details on handouts</source>
        <translation>Tus datos en los materiales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="299"/>
        <source>Your name as members know it</source>
        <translation>Tu nombre tal como te conocen en el grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="301"/>
        <source>Phone or email for members</source>
        <translation>Teléfono o correo para los participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="303"/>
        <source>e.g. Samaritans: 116 123, day or night</source>
        <translation>p. ej., Línea de apoyo: 000 000 000, día y noche</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="310"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="311"/>
        <source>Con&amp;tact:</source>
        <translation>Contact&amp;o:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="312"/>
        <source>Support lin&amp;e:</source>
        <translation>Línea de a&amp;yuda:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="315"/>
        <source>Printed on ground rules and sign-in sheets, for every group.</source>
        <translation>Se imprimen en las normas y en las hojas de firmas de todos los grupos.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="25"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="26"/>
        <source>You have unsaved changes to {what}.</source>
        <translation>Hay cambios sin guardar en {what}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="27"/>
        <source>Save them before you go on?</source>
        <translation>¿Quieres guardarlos antes de continuar?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="62"/>
        <source>{app} — recovery key</source>
        <translation>{app} — clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="63"/>
        <source>Made on {date}.</source>
        <translation>Creada el {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="64"/>
        <source>This key opens your workspace if the passphrase is forgotten. On the unlock screen choose “Use recovery key”, type the key (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>Esta clave abre tu espacio de trabajo si olvidas la frase clave. En la pantalla de desbloqueo, elige “Usa la clave de recuperación”, escribe la clave (los espacios y los guiones no importan) y luego elige una nueva frase clave.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="69"/>
        <source>Anyone who has this paper can open your notes. Keep it locked away, not with the laptop.</source>
        <translation>Cualquiera que tenga este papel puede abrir tus notas. Guárdalo bajo llave, y no junto al equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="90"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="107"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="164"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="93"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="95"/>
        <source>If you ever forget your passphrase, this key opens the workspace and lets you choose a new one.</source>
        <translation>Si alguna vez olvidas tu frase clave, esta clave abre el espacio de trabajo y te permite elegir una nueva.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="115"/>
        <source>&lt;b&gt;This is the only time the key is shown.&lt;/b&gt; Print it or write it down now, and keep it somewhere safe away from this laptop. Anyone who has it can open your notes.</source>
        <translation>&lt;b&gt;Esta es la única vez que se muestra la clave.&lt;/b&gt; Imprímela o anótala ahora y guárdala en un lugar seguro, lejos de este equipo. Cualquiera que la tenga puede abrir tus notas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="127"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="129"/>
        <source>Copy to paste into a password manager; cleared when this window closes</source>
        <translation>Copiar para pegarla en un gestor de contraseñas; se borra al cerrar esta ventana</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="131"/>
        <source>I have &amp;stored it safely</source>
        <translation>Ya la he &amp;guardado en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="166"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="173"/>
        <source>Copied. The clipboard is cleared when this window closes.</source>
        <translation>Copiada. El portapapeles se vacía al cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEdit</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="26"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="45"/>
        <source>Type the recovery key you printed or wrote down when you set it up. Spaces, dashes and upper or lower case do not matter. Then choose a new passphrase.</source>
        <translation>Escribe la clave de recuperación que imprimiste o anotaste al crearla. Los espacios, los guiones y las mayúsculas o minúsculas no importan. Luego elige una nueva frase clave.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="59"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave:</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="44"/>
        <source>real-time clock</source>
        <translation>reloj en tiempo real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="45"/>
        <source>clock {n}× faster</source>
        <translation>reloj {n}× más rápido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="51"/>
        <source>Rehearsal summary</source>
        <translation>Resumen del ensayo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="52"/>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="56"/>
        <source>Nothing of this rehearsal was kept: when this closes, it is gone.</source>
        <translation>No se ha guardado nada de este ensayo: cuando se cierre, desaparecerá.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="79"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="89"/>
        <source>End the open session before rehearsing.</source>
        <translation>Termina la sesión abierta antes de ensayar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="97"/>
        <source>Sample group</source>
        <translation>Grupo de ejemplo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="108"/>
        <source>Rehearsal open on invented members: mark who is here, then press Space. Nothing of it is kept.</source>
        <translation>Ensayo abierto con participantes inventados: marca quién está y pulsa Espacio. No se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="129"/>
        <source>Stop rehearsal</source>
        <translation>Detener el ensayo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="130"/>
        <source>Stop the rehearsal?</source>
        <translation>¿Detener el ensayo?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="131"/>
        <source>Its clock never started. Nothing of it is kept.</source>
        <translation>Su reloj no llegó a empezar. No se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="132"/>
        <source>&amp;Stop rehearsal</source>
        <translation>&amp;Detener el ensayo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="137"/>
        <source>Rehearsal stopped. Nothing of it was kept.</source>
        <translation>Ensayo detenido. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="140"/>
        <source>End rehearsal</source>
        <translation>Terminar el ensayo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="141"/>
        <source>End the rehearsal now?</source>
        <translation>¿Terminar el ensayo ahora?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="142"/>
        <source>You see its summary once, then it is gone: nothing of a rehearsal is kept in History, attendance, follow-ups, notes or backups.</source>
        <translation>Verás su resumen una vez y luego desaparecerá: nada de un ensayo se guarda en el historial, la asistencia, los seguimientos, las notas ni las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="146"/>
        <source>&amp;End rehearsal</source>
        <translation>&amp;Terminar el ensayo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="154"/>
        <source>Rehearsal ended. Nothing of it was kept.</source>
        <translation>Ensayo terminado. No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="160"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="161"/>
        <source>Quit in the middle of the rehearsal?</source>
        <translation>¿Salir en mitad del ensayo?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="162"/>
        <source>Nothing of a rehearsal is kept: the next start will not offer it again.</source>
        <translation>Nada de un ensayo se guarda: la próxima vez que abras la aplicación no te lo volverá a ofrecer.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="198"/>
        <source>Rehearsal · invented members · {speed}. Nothing of it is kept: not in History, attendance, follow-ups, notes or backups.</source>
        <translation>Ensayo · participantes inventados · {speed}. Nada se guarda: ni historial, asistencia, seguimientos, notas ni copias.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="38"/>
        <source>The workspace file is missing from this folder and no backup was restored. Unlock again to look at the backups once more, or quit and start the app again to begin a new, empty workspace (the backups are kept).</source>
        <translation>Falta el archivo del espacio de trabajo en esta carpeta y no se ha restaurado ninguna copia de seguridad. Desbloquea de nuevo para volver a ver las copias, o sal y abre otra vez la aplicación para empezar un espacio de trabajo nuevo y vacío (las copias se conservan).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="52"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="80"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace missing</source>
        <translation>Falta el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="53"/>
        <source>The workspace file is missing from this folder.</source>
        <translation>Falta el archivo del espacio de trabajo en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="55"/>
        <source>Its backups folder holds copies of a workspace. Restore the newest one that opens with your passphrase (you type it next), or start a new, empty workspace. The backups are kept either way.</source>
        <translation>Su carpeta de copias de seguridad contiene copias de un espacio de trabajo. Restaura la más reciente que se abra con tu frase clave (la escribirás a continuación) o empieza un espacio de trabajo nuevo y vacío. Las copias se conservan en ambos casos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="61"/>
        <source>&amp;Restore a backup</source>
        <translation>&amp;Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="62"/>
        <source>&amp;Start a new workspace</source>
        <translation>&amp;Empezar un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="81"/>
        <source>The workspace file is missing from this folder. Restore the backup made {made}?</source>
        <translation>Falta el archivo del espacio de trabajo en esta carpeta. ¿Restaurar la copia de seguridad del {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="84"/>
        <source>Changes made after the backup are not in it.</source>
        <translation>Los cambios hechos después de la copia no están en ella.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="86"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace damaged</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="87"/>
        <source>This workspace is damaged. Restore the backup made {made}?</source>
        <translation>Este espacio de trabajo está dañado. ¿Restaurar la copia de seguridad del {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="88"/>
        <source>The damaged file is kept beside it, renamed, in case it can be repaired. Changes made after the backup are not in it.</source>
        <translation>El archivo dañado se conserva al lado, con otro nombre, por si se puede reparar. Los cambios hechos después de la copia no están en ella.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="98"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="110"/>
        <source>A newer backup, made {made}, is damaged and was skipped.</source>
        <translation>Una copia más reciente, del {made}, está dañada y se ha omitido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="111"/>
        <source>A newer backup, made {made}, was skipped: the part that the passphrase opens is damaged.</source>
        <translation>Una copia más reciente, del {made}, se ha omitido: la parte que abre la frase clave está dañada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="115"/>
        <source>A newer backup, made {made}, does not open with this passphrase and was skipped.</source>
        <translation>Una copia más reciente, del {made}, no se abre con esta frase clave y se ha omitido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="118"/>
        <source>A newer backup, made {made}, was saved by a newer version of the app and was skipped.</source>
        <translation>Una copia más reciente, del {made}, se guardó con una versión más nueva de la aplicación y se ha omitido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="129"/>
        <source>The backup made {made} is damaged.</source>
        <translation>La copia de seguridad del {made} está dañada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="130"/>
        <source>The backup made {made}: the part that the passphrase opens is damaged.</source>
        <translation>La copia de seguridad del {made}: la parte que abre la frase clave está dañada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="133"/>
        <source>The backup made {made} does not open with this passphrase.</source>
        <translation>La copia de seguridad del {made} no se abre con esta frase clave.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="134"/>
        <source>The backup made {made} was saved by a newer version of the app.</source>
        <translation>La copia de seguridad del {made} se guardó con una versión más nueva de la aplicación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="152"/>
        <source>… and %Ln older ones.</source>
        <translation>
            <numerusform>… y %Ln más antigua.</numerusform>
            <numerusform>… y %Ln más antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="158"/>
        <source>If you keep another copy (a backup or an export, on a USB stick for example), choose it: it is checked before anything is replaced.</source>
        <translation>Si tienes otra copia (una copia de seguridad o una exportación, por ejemplo en una memoria USB), elígela: se comprueba antes de sustituir nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="168"/>
        <source>None of the backups in this folder can be restored.</source>
        <translation>Ninguna de las copias de seguridad de esta carpeta se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="170"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="178"/>
        <source>Choose a backup or an exported workspace</source>
        <translation>Elige una copia de seguridad o un espacio de trabajo exportado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="180"/>
        <source>Workspace files (*.db *.fdw);;All files (*)</source>
        <translation>Archivos de espacio de trabajo (*.db *.fdw);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="26"/>
        <source>Interrupted session</source>
        <translation>Sesión interrumpida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="28"/>
        <source>A session of {group} was interrupted at {time}. Resume it?</source>
        <translation>Una sesión de {group} se interrumpió a las {time}. ¿Reanudarla?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="33"/>
        <source>Nothing was lost. It waits, paused, until you press Space; a member who was speaking has their turn ended at {time}.</source>
        <translation>No se ha perdido nada. Espera en pausa hasta que pulses Espacio; si alguien estaba hablando, su turno se cierra a las {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="38"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="39"/>
        <source>&amp;End it now</source>
        <translation>&amp;Terminarla ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="40"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;luego</translation>
    </message>
</context>
<context>
    <name>RoomBand</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="130"/>
        <source>Rehearsal · practice only</source>
        <translation>Ensayo · solo práctica</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="132"/>
        <source>The room display stays closed.</source>
        <translation>La pantalla de la sala sigue cerrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="254"/>
        <source>Mirrored screens</source>
        <translation>Pantallas duplicadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="255"/>
        <source>Another screen shows the same picture as yours.</source>
        <translation>Otra pantalla muestra la misma imagen que la tuya.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="257"/>
        <source>A projector set to mirror shows the room your private panels: who is here, airtime, your notes. The room view can cover them, or a blank screen can. F11 or Esc brings your panels back.</source>
        <translation>Un proyector en modo duplicado muestra a la sala tus paneles privados: quién está, el tiempo de palabra, tus notas. La vista de la sala puede taparlos, o también una pantalla en negro. F11 o Esc te devuelven a tus paneles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="263"/>
        <source>Show the &amp;room view</source>
        <translation>Mostrar la vista de la &amp;sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="264"/>
        <source>&amp;Blank the screen</source>
        <translation>Poner la pantalla en &amp;negro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="279"/>
        <source>Room view on this screen · F11 or Esc: back to your panels</source>
        <translation>Vista de la sala en esta pantalla · F11 o Esc: volver a tus paneles</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="281"/>
        <source>Room view here and on the mirrored screen · F11 or Esc: back to your panels, which the room then sees · B: blank</source>
        <translation>Vista de la sala aquí y en la pantalla duplicada · F11 o Esc: volver a tus paneles, que entonces verá la sala · B: en negro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="289"/>
        <source>One screen: the room view fills it. F11 or Esc brings your panels back.</source>
        <translation>Una sola pantalla: la vista de la sala la ocupa entera. F11 o Esc te devuelven a tus paneles.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="293"/>
        <source>Your screen is mirrored: the room view covers your panels. F11 or Esc brings them back, and the room sees them then.</source>
        <translation>Tu pantalla está duplicada: la vista de la sala tapa tus paneles. F11 o Esc los recuperan, y entonces la sala los verá.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="297"/>
        <source>Room display full screen on {screen}. F11 closes it.</source>
        <translation>Pantalla de la sala a pantalla completa en {screen}. F11 la cierra.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="298"/>
        <source>the other screen</source>
        <translation>la otra pantalla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="301"/>
        <source>Careful: {screen} mirrors your screen, so the room sees your panels there.</source>
        <translation>Cuidado: {screen} duplica tu pantalla, así que la sala ve allí tus paneles.</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="137"/>
        <source>Room display</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="163"/>
        <source>Time left in this segment</source>
        <translation>Tiempo restante de este bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="196"/>
        <source>Now speaking</source>
        <translation>Ahora habla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="193"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="197"/>
        <source>Next</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="43"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Starting soon</source>
        <translation>Empezamos enseguida</translation>
    </message>
</context>
<context>
    <name>RoomVoice</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="98"/>
        <source>{name} speaking now</source>
        <translation>{name} está hablando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="100"/>
        <source>Member {number} speaking now</source>
        <translation>Está hablando el participante {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="104"/>
        <source>{segment}, over time</source>
        <translation>{segment}, tiempo excedido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="105"/>
        <source>{segment}, {left}</source>
        <translation>{segment}, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="107"/>
        <source>Nearly done, {left}</source>
        <translation>Casi terminado, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="109"/>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="115"/>
        <source>no time left</source>
        <translation>no queda tiempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="116"/>
        <source>{minutes} left</source>
        <translation>quedan {minutes}</translation>
    </message>
</context>
<context>
    <name>RuleCardEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="49"/>
        <source>A few words, e.g. “One voice at a time”</source>
        <translation>Pocas palabras, p. ej., “Una voz cada vez”</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="54"/>
        <source>Title length</source>
        <translation>Longitud del título</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="62"/>
        <source>The rule as one plain sentence.</source>
        <translation>La norma en una frase sencilla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="67"/>
        <source>Optional: why this rule helps the group.</source>
        <translation>Opcional: por qué esta norma ayuda al grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="71"/>
        <source>Reason length</source>
        <translation>Longitud del motivo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="84"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="88"/>
        <source>S&amp;tatement:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="90"/>
        <source>Wh&amp;y:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="167"/>
        <source>Keep the reason under %Ln characters (this one has {n}): it prints under the rule on cards and handouts.</source>
        <translation>
            <numerusform>Mantén el motivo por debajo de %Ln carácter (este tiene {n}): se imprime bajo la norma en las tarjetas y los materiales.</numerusform>
            <numerusform>Mantén el motivo por debajo de %Ln caracteres (este tiene {n}): se imprime bajo la norma en las tarjetas y los materiales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="180"/>
        <source>Give the card a short title.</source>
        <translation>Ponle a la tarjeta un título breve.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="183"/>
        <source>Titles are at most %Ln characters (this one has {n}).</source>
        <translation>
            <numerusform>Los títulos tienen como máximo %Ln carácter (este tiene {n}).</numerusform>
            <numerusform>Los títulos tienen como máximo %Ln caracteres (este tiene {n}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="193"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Escribe la norma en una frase sencilla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="196"/>
        <source>Keep the statement under {max} characters.</source>
        <translation>Mantén el enunciado por debajo de {max} caracteres.</translation>
    </message>
</context>
<context>
    <name>RuleCardListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="57"/>
        <source>(untitled card)</source>
        <translation>(tarjeta sin título)</translation>
    </message>
</context>
<context>
    <name>RuleCardsOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="130"/>
        <source>Cut-out cards</source>
        <translation>Tarjetas para recortar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="131"/>
        <source>Folded table tents</source>
        <translation>Carteles de mesa plegados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="133"/>
        <source>Table tents fold across the middle and stand on the table, readable from both sides.</source>
        <translation>Los carteles de mesa se doblan por la mitad y se sostienen de pie sobre la mesa, legibles por ambos lados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="142"/>
        <source>Show the “why” u&amp;nder each rule</source>
        <translation>Mostrar el “por qué” &amp;debajo de cada norma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="145"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="146"/>
        <source>C&amp;ards per page:</source>
        <translation>Tar&amp;jetas por página:</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="60"/>
        <source>Rule set version</source>
        <translation>Versión de las normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="62"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="70"/>
        <source>Print ground rules…</source>
        <translation>Imprimir las normas…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="72"/>
        <source>Print rule cards…</source>
        <translation>Imprimir las tarjetas…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="82"/>
        <source>Rule card library</source>
        <translation>Biblioteca de tarjetas de normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="90"/>
        <source>&amp;Add to rule set  →</source>
        <translation>&amp;Añadir a las normas  →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="91"/>
        <source>Add the selected library card (Enter)</source>
        <translation>Añadir la tarjeta seleccionada de la biblioteca (Enter)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="96"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="106"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="124"/>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="255"/>
        <source>Rule set</source>
        <translation>Normas del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="108"/>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Arrastra para reordenar, o usa Alt+↑ y Alt+↓.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="110"/>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="111"/>
        <source>Move the card up (Alt+Up)</source>
        <translation>Subir la tarjeta (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="113"/>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="114"/>
        <source>Move the card down (Alt+Down)</source>
        <translation>Bajar la tarjeta (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="116"/>
        <source>&amp;New card</source>
        <translation>&amp;Nueva tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="117"/>
        <source>Write a card of your own (Ctrl+N)</source>
        <translation>Escribir una tarjeta propia (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="119"/>
        <source>&amp;Retire card</source>
        <translation>&amp;Retirar tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="121"/>
        <source>Leave this card out of the next version; earlier versions keep it.</source>
        <translation>Dejar esta tarjeta fuera de la próxima versión; las versiones anteriores la conservan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="141"/>
        <source>&amp;Save as new version</source>
        <translation>&amp;Guardar como versión nueva</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="142"/>
        <source>Save the rule set as a new version (Ctrl+S)</source>
        <translation>Guardar las normas como versión nueva (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="147"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="162"/>
        <source>Create a group on the Groups page first; its ground rules are set here.</source>
        <translation>Primero crea un grupo en la página Grupos; sus normas se definen aquí.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="192"/>
        <source>Rules</source>
        <translation>Normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="197"/>
        <source>the rule set</source>
        <translation>las normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="235"/>
        <source>Working copy (based on version {n})</source>
        <translation>Borrador (basado en la versión {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="237"/>
        <source>Working copy (not saved yet)</source>
        <translation>Borrador (aún sin guardar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="241"/>
        <source>Version {n} · {date} · %Ln cards</source>
        <translation>
            <numerusform>Versión {n} · {date} · %Ln tarjeta</numerusform>
            <numerusform>Versión {n} · {date} · %Ln tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="245"/>
        <source> (current)</source>
        <translation> (vigente)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="263"/>
        <source>You are looking at version {n} from {date}, read-only. Pick “Working copy” to edit the rules.</source>
        <translation>Estás viendo la versión {n} del {date}, solo lectura. Elige “Borrador” para editar las normas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="272"/>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="322"/>
        <source>Unsaved changes to the rule set</source>
        <translation>Cambios sin guardar en las normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="326"/>
        <source>Version {n} is current.</source>
        <translation>La versión {n} es la vigente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="330"/>
        <source>No rule set yet: add cards from the library.</source>
        <translation>Aún no hay normas: añade tarjetas de la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="339"/>
        <source>Ground rules of {group}</source>
        <translation>Normas de {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="397"/>
        <source>That card is already in the rule set.</source>
        <translation>Esa tarjeta ya está en las normas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="425"/>
        <source>Card retired from the working set; earlier versions keep it.</source>
        <translation>Tarjeta retirada del borrador; las versiones anteriores la conservan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="479"/>
        <source>Card {n} needs attention before saving.</source>
        <translation>La tarjeta {n} necesita un repaso antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="494"/>
        <source>No changes: version {n} stays current.</source>
        <translation>Sin cambios: la versión {n} sigue vigente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="496"/>
        <source>Saved as version {n}.</source>
        <translation>Guardado como versión {n}.</translation>
    </message>
</context>
<context>
    <name>RulesRail</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="24"/>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="26"/>
        <source>Rule cards</source>
        <translation>Tarjetas de normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="31"/>
        <source>Show  R</source>
        <translation>Mostrar  R</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="32"/>
        <source>Show the selected card on the room display (R then its number)</source>
        <translation>Mostrar la tarjeta seleccionada en la pantalla de la sala (R y su número)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide  Esc</source>
        <translation>Ocultar  Esc</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide the card from the room display (Esc)</source>
        <translation>Quitar la tarjeta de la pantalla de la sala (Esc)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="65"/>
        <source>No rule cards yet (Rules page).</source>
        <translation>Aún no hay tarjetas (página Normas).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="90"/>
        <source>On the room display: {title}</source>
        <translation>En la pantalla de la sala: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="93"/>
        <source>No card on the room display.</source>
        <translation>Ninguna tarjeta en la pantalla de la sala.</translation>
    </message>
</context>
<context>
    <name>RunnerKeys</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="24"/>
        <source>Session and timer</source>
        <translation>Sesión y temporizador</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="25"/>
        <source>Who speaks</source>
        <translation>Quién habla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="26"/>
        <source>Room display</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="27"/>
        <source>Attendance, notes and the rest</source>
        <translation>Asistencia, notas y lo demás</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="87"/>
        <source>Show rule card 1–9 (R alone or R R: the selected card)</source>
        <translation>Mostrar la tarjeta de norma 1–9 (R sola o R R: la seleccionada)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="99"/>
        <source>Hide the rule card; cancel a number; leave a list</source>
        <translation>Ocultar la tarjeta; cancelar un número; salir de una lista</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="107"/>
        <source>Blank the room display at once; B again shows it</source>
        <translation>Pantalla de la sala en negro al instante; B otra vez la muestra</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="117"/>
        <source>Open or close the room display</source>
        <translation>Abrir o cerrar la pantalla de la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="128"/>
        <source>Start, pause or resume the session</source>
        <translation>Iniciar, pausar o reanudar la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="135"/>
        <source>Next segment (after the last: end the session)</source>
        <translation>Bloque siguiente (tras el último: terminar la sesión)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="142"/>
        <source>Previous segment</source>
        <translation>Bloque anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="149"/>
        <source>One more minute for this segment</source>
        <translation>Un minuto más para este bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="156"/>
        <source>Five more minutes for this segment</source>
        <translation>Cinco minutos más para este bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="164"/>
        <source>Next speaker (the second key: a clicker's forward)</source>
        <translation>Siguiente turno (la segunda tecla: avanzar en el mando)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="172"/>
        <source>Back to the previous speaker (a clicker's back): a stray next leaves no turn</source>
        <translation>Turno anterior (retroceder en el mando): un avance por error no cuenta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="183"/>
        <source>Pass: the member whose turn it is passes</source>
        <translation>Paso: la persona a quien le toca pasa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="191"/>
        <source>“Come back to me”: the speaker goes to the round's end</source>
        <translation>“Para después”: quien habla pasa al final de la ronda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="201"/>
        <source>End the turn without calling anyone</source>
        <translation>Terminar el turno sin dar paso a nadie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="209"/>
        <source>In a round: the speaker's check-in score, S then the number (only you see it)</source>
        <translation>En una ronda: la puntuación de apertura de quien habla, S y el número (solo la ves tú)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="220"/>
        <source>Move the selected member up the queue</source>
        <translation>Subir en la lista a la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="227"/>
        <source>Move the selected member down the queue</source>
        <translation>Bajar en la lista a la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="237"/>
        <source>Names on the room display: aliases, initials, none</source>
        <translation>Nombres en la pantalla de la sala: alias, iniciales, ninguno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="248"/>
        <source>Attendance of member 1–9: Here, Late, Left early … (M, ↑↓, Enter: anyone)</source>
        <translation>Asistencia del 1–9: Presente, Tarde… (M, ↑↓, Enter: cualquiera)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="260"/>
        <source>Write a quick note: Enter saves it, Esc goes back</source>
        <translation>Escribir una nota rápida: Enter la guarda, Esc vuelve</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="268"/>
        <source>Show these keys</source>
        <translation>Mostrar estas teclas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="280"/>
        <source>This member joins the queue; before a round they start it, speaking</source>
        <translation>Esa persona entra en la lista; antes de una ronda, la empieza hablando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="290"/>
        <source>Members from 10 up: 0 then two digits (0 1 2: member 12)</source>
        <translation>Participantes del 10 en adelante: 0 y dos cifras (0 1 2: el 12)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="298"/>
        <source>In the queue: take the selected member out</source>
        <translation>En la lista: quitar a la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="303"/>
        <source>Everyone not marked yet is here</source>
        <translation>Marcar como presentes a quienes aún no están marcados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="309"/>
        <source>Next list: agenda, queue, attendance, rule cards, note</source>
        <translation>Lista siguiente: agenda, turnos, asistencia, tarjetas, nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="317"/>
        <source>Lock: the room display keeps only the timer</source>
        <translation>Bloquear: la pantalla de la sala solo muestra el temporizador</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="322"/>
        <source>Quit (asks first while a session is open)</source>
        <translation>Salir (pregunta antes si hay una sesión abierta)</translation>
    </message>
    <message>
        <source>Next speaker (PgDn: a clicker's forward)</source>
        <translation type="vanished">Siguiente turno (o avanzar en un mando de presentaciones)</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="94"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="222"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="138"/>
        <source>Open a session first (Space).</source>
        <translation>Primero abre una sesión (Espacio).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="97"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="141"/>
        <source>Press Space to start the session first.</source>
        <translation>Primero pulsa Espacio para empezar la sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="127"/>
        <source>This is the first segment.</source>
        <translation>Este es el primer bloque.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="144"/>
        <source>%Ln more minutes for this segment.</source>
        <translation>
            <numerusform>%Ln minuto más para este bloque.</numerusform>
            <numerusform>%Ln minutos más para este bloque.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="157"/>
        <source>The round is complete. → moves on to the next segment.</source>
        <translation>La ronda ha terminado. → pasa al bloque siguiente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="159"/>
        <source>Mark who is here first (M, or All present).</source>
        <translation>Primero marca quién está (M, o Asisten todos).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="161"/>
        <source>Nobody is waiting. A member's number adds them to the queue.</source>
        <translation>No hay nadie esperando. El número de un participante lo añade a la lista.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="174"/>
        <source>“Come back to me” is for rounds; in open discussion use N.</source>
        <translation>“Para después” es para las rondas; en el diálogo abierto usa N.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="181"/>
        <source>Nobody is speaking.</source>
        <translation>No está hablando nadie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="194"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>Nadie ha hablado antes en este bloque: no hay a quién volver.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="198"/>
        <source>{name} is no longer here: nobody to go back to.</source>
        <translation>{name} ya no está: no hay a quién volver.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="217"/>
        <source>Nobody has number {n}: the numbers go from 1 to {last}.</source>
        <translation>Nadie tiene el número {n}: los números van del 1 al {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="249"/>
        <source>Mark {name} as here first (M {n}, or a click on their status).</source>
        <translation>Primero marca a {name} como presente (M {n}, o un clic en su estado).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="256"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="262"/>
        <source>The round is under way: N calls the next member.</source>
        <translation>La ronda está en marcha: N da paso al siguiente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="299"/>
        <source>A round goes in seat order; the queue of an open discussion moves.</source>
        <translation>Una ronda sigue el orden de asiento; la lista de un diálogo abierto sí se puede mover.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="304"/>
        <source>Choose a member in the queue first (a number, or Tab and ↑↓).</source>
        <translation>Primero elige a alguien de la lista (un número, o Tab y ↑↓).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="318"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="327"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="340"/>
        <source>This group has no rule cards yet.</source>
        <translation>Este grupo aún no tiene tarjetas de normas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="336"/>
        <source>No rule card {n}: this group's cards go from 1 to {last}.</source>
        <translation>No hay tarjeta {n}: las tarjetas de este grupo van de la 1 a la {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="356"/>
        <source>The card shows when the room display is open (F11).</source>
        <translation>La tarjeta se ve cuando la pantalla de la sala está abierta (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="389"/>
        <source>The room display is not open (F11).</source>
        <translation>La pantalla de la sala no está abierta (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="399"/>
        <source>The room display shows aliases.</source>
        <translation>La pantalla de la sala muestra los alias.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="400"/>
        <source>The room display shows initials.</source>
        <translation>La pantalla de la sala muestra las iniciales.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="401"/>
        <source>The room display shows no names.</source>
        <translation>La pantalla de la sala no muestra nombres.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="29"/>
        <source>here</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="30"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="31"/>
        <source>left early</source>
        <translation>salió antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="32"/>
        <source>excused</source>
        <translation>justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="33"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="71"/>
        <source>{name} is already marked {status}: nothing changed.</source>
        <translation>{name} ya figura como “{status}”: no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="78"/>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="92"/>
        <source>came at {time}</source>
        <translation>llegó a las {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="94"/>
        <source>left at {time}</source>
        <translation>se fue a las {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="96"/>
        <source>Change attendance</source>
        <translation>Cambiar la asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="97"/>
        <source>Mark {name} {status}?</source>
        <translation>¿Marcar a {name} como “{status}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="98"/>
        <source>{name} {times}; that time is removed from the record.</source>
        <translation>{name} {times}; esa hora se quita del registro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="99"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="101"/>
        <source>&amp;Change it</source>
        <translation>&amp;Cambiarla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="115"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>En este grupo, la puntuación de apertura va de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="127"/>
        <source>Check-in score for {name}: {score}.</source>
        <translation>Puntuación de apertura de {name}: {score}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="129"/>
        <source>Check-in score for {name}: {score} (as before).</source>
        <translation>Puntuación de apertura de {name}: {score} (como antes).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="131"/>
        <source>Check-in score for {name}: {score}, replacing {previous}.</source>
        <translation>Puntuación de apertura de {name}: {score}, en lugar de {previous}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="147"/>
        <source>Check-in scores are recorded in rounds, from the member speaking.</source>
        <translation>Las puntuaciones de apertura se registran en las rondas, para la persona que está hablando.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="151"/>
        <source>Nobody has spoken in this round yet: a score goes to the speaker.</source>
        <translation>Aún no ha hablado nadie en esta ronda: la puntuación es para quien habla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="63"/>
        <source>Choose or create a group first.</source>
        <translation>Primero elige o crea un grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="66"/>
        <source>Session open. Mark who is here, then press Space to start.</source>
        <translation>Sesión abierta. Marca quién está y pulsa Espacio para empezar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="96"/>
        <source>Session resumed. It waits, paused: press Space to go on.</source>
        <translation>Sesión reanudada. Espera en pausa: pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="111"/>
        <source>End the interrupted session</source>
        <translation>Terminar la sesión interrumpida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="112"/>
        <source>End it now, as it was when it stopped?</source>
        <translation>¿Terminarla ahora, tal como estaba cuando se detuvo?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="113"/>
        <source>It is saved to the history; members not marked count as absent.</source>
        <translation>Se guarda en el historial; quienes no estén marcados cuentan como ausentes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="114"/>
        <source>&amp;End it</source>
        <translation>&amp;Terminarla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="120"/>
        <source>The interrupted session was ended and saved to the history.</source>
        <translation>La sesión interrumpida se ha terminado y guardado en el historial.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="138"/>
        <source>Discard session</source>
        <translation>Descartar la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="139"/>
        <source>Discard this session?</source>
        <translation>¿Descartar esta sesión?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="140"/>
        <source>It never started, so nothing is kept (attendance marked is dropped).</source>
        <translation>No llegó a empezar, así que no se guarda nada (se descarta la asistencia marcada).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="141"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="145"/>
        <source>Session discarded.</source>
        <translation>Sesión descartada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="148"/>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="149"/>
        <source>End the session now?</source>
        <translation>¿Terminar la sesión ahora?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="150"/>
        <source>It becomes history: planned and actual times, attendance and turns are saved. Members not marked count as absent.</source>
        <translation>Pasa al historial: se guardan los tiempos previstos y reales, la asistencia y los turnos. Quienes no estén marcados cuentan como ausentes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="154"/>
        <source>&amp;End session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="173"/>
        <source>It has not started: the next start offers it again, or you can discard it.</source>
        <translation>No ha empezado: la próxima vez que abras la aplicación te la volverá a ofrecer, o puedes descartarla.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="177"/>
        <source>The session stays open: the next start offers to resume it, paused where you quit. To save it to the history, end the session instead.</source>
        <translation>La sesión sigue abierta: la próxima vez que abras la aplicación te ofrecerá reanudarla, en pausa donde la dejaste. Para guardarla en el historial, termina la sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="184"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="185"/>
        <source>Quit while a session is open?</source>
        <translation>¿Salir con una sesión abierta?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/page.py" line="192"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="52"/>
        <source>Soft chime when a segment ends</source>
        <translation>Sonido al acabar cada bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="54"/>
        <source>A soft chime when a segment's time runs out (off: silent)</source>
        <translation>Un sonido suave cuando se acaba el tiempo de un bloque (desactivado: en silencio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="58"/>
        <source>Five more minutes for this segment (F)</source>
        <translation>Cinco minutos más para este bloque (F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="61"/>
        <source>Airtime · only you see this</source>
        <translation>Tiempo de palabra · solo lo ves tú</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="63"/>
        <source>Nobody present yet.</source>
        <translation>Aún no hay nadie presente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="122"/>
        <source>Run a group's session: timer, talking order, rule cards and notes.</source>
        <translation>Dirige la sesión de un grupo: temporizador, turnos de palabra, tarjetas de normas y notas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="157"/>
        <source>A session of {group} was interrupted at {time}.</source>
        <translation>Una sesión de {group} se interrumpió a las {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="222"/>
        <source>{group} · opened {time} · {present} here</source>
        <translation>{group} · abierta a las {time} · presentes: {present}</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="39"/>
        <source>Safety number: {digits}</source>
        <translation>Número de seguridad: {digits}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="47"/>
        <source>the twelve digits, e.g. 0412 7730 9921</source>
        <translation>los doce dígitos, p. ej. 0412 7730 9921</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="48"/>
        <source>The safety number you compared</source>
        <translation>El número de seguridad que comparaste</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="21"/>
        <source>Not saved yet: the disk is full. Kept here; saved when there is room.</source>
        <translation>Aún sin guardar: el disco está lleno. Se conserva aquí; se guardará cuando haya espacio.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="23"/>
        <source>Not saved yet: the data folder is read-only. Kept here; saved when it can be written again.</source>
        <translation>Aún sin guardar: la carpeta de datos es de solo lectura. Se conserva aquí; se guardará cuando se pueda escribir de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="28"/>
        <source>Not saved yet: the workspace key is being changed. Kept here; saved in a moment.</source>
        <translation>Aún sin guardar: se está cambiando la clave del espacio de trabajo. Se conserva aquí; se guardará en un momento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="31"/>
        <source>Not saved yet: the disk could not be written. Kept here; saved when it works again.</source>
        <translation>Aún sin guardar: no se pudo escribir en el disco. Se conserva aquí; se guardará cuando vuelva a funcionar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="37"/>
        <source>Saved now: everything kept here is stored. Nothing was lost.</source>
        <translation>Guardado: todo lo que se conservaba aquí está almacenado. No se ha perdido nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="41"/>
        <source>The session has ended. It goes to the history as soon as it can be saved; keep the app open until then.</source>
        <translation>La sesión ha terminado. Pasará al historial en cuanto se pueda guardar; mantén la aplicación abierta hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="48"/>
        <source>Some changes from the room are not saved yet (they could not be written): quitting now loses them.</source>
        <translation>Algunos cambios hechos en la sala aún no están guardados (no se pudieron escribir): si sales ahora, se perderán.</translation>
    </message>
</context>
<context>
    <name>ScoreStrip</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="67"/>
        <source>Check-in score</source>
        <translation>Puntuación de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in · {name}</source>
        <translation>Apertura · {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="84"/>
        <source>The speaker's self-rating</source>
        <translation>Cómo se puntúa quien habla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="85"/>
        <source>S then the number, or a click. Only you see it.</source>
        <translation>S y el número, o un clic. Solo lo ves tú.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="92"/>
        <source>Check-in score of {name}: {score} (S {score})</source>
        <translation>Puntuación de apertura de {name}: {score} (S {score})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="96"/>
        <source>A score goes to the member speaking (S then the number).</source>
        <translation>La puntuación es para la persona que está hablando (S y el número).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="108"/>
        <source>Check-in score {score}</source>
        <translation>Puntuación de apertura {score}</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Add a segment</source>
        <translation>Añadir un bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Change a segment</source>
        <translation>Cambiar un bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="49"/>
        <source>e.g. Closing round</source>
        <translation>p. ej., Ronda de cierre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="52"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="56"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="59"/>
        <source>Round: everyone in seat order</source>
        <translation>Ronda: todos por orden de asiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="60"/>
        <source>Open: raise a hand to join the queue</source>
        <translation>Abierto: se levanta la mano para pedir turno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="67"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="69"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="102"/>
        <source>Give the segment a name, e.g. “Check-out”.</source>
        <translation>Ponle un nombre al bloque, p. ej., “Ronda de cierre”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="105"/>
        <source>Enter how many minutes the segment takes.</source>
        <translation>Escribe cuántos minutos dura el bloque.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="107"/>
        <source>Enter whole minutes as a number, e.g. 10.</source>
        <translation>Escribe los minutos como número entero, p. ej., 10.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="109"/>
        <source>A segment needs at least 1 minute.</source>
        <translation>Un bloque necesita al menos 1 minuto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="111"/>
        <source>A segment can be at most {max} minutes.</source>
        <translation>Un bloque puede durar como máximo {max} minutos.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="178"/>
        <source>A session is already open.</source>
        <translation>Ya hay una sesión abierta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="201"/>
        <source>End the open session before resuming another.</source>
        <translation>Termina la sesión abierta antes de reanudar otra.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="209"/>
        <source>This session's record cannot be read back to resume it.</source>
        <translation>El registro de esta sesión no se puede leer, así que no se puede reanudar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="321"/>
        <source>Open a session first.</source>
        <translation>Primero abre una sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="324"/>
        <source>First say whether the laptop's sleep counts as session time.</source>
        <translation>Primero indica si el tiempo en suspensión del equipo cuenta como tiempo de sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="436"/>
        <source>Counted as session time: {duration} of sleep. A turn under way ended when the laptop went to sleep.</source>
        <translation>Contado como tiempo de sesión: {duration} de suspensión. El turno en curso terminó cuando el equipo entró en suspensión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="441"/>
        <source>Not counted: {duration} of sleep. The clock goes on from where it stopped.</source>
        <translation>No contado: {duration} de suspensión. El reloj sigue desde donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="477"/>
        <source>The laptop slept for {duration} while the session was paused.</source>
        <translation>El equipo estuvo en suspensión {duration} mientras la sesión estaba en pausa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="479"/>
        <source>The laptop slept for {duration} before the session started.</source>
        <translation>El equipo estuvo en suspensión {duration} antes de que empezara la sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="23"/>
        <source>End the turn under way first.</source>
        <translation>Primero termine el turno en curso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="24"/>
        <source>Nobody is speaking.</source>
        <translation>No está hablando nadie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="25"/>
        <source>Nobody is marked present yet.</source>
        <translation>Aún no hay nadie marcado como presente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="26"/>
        <source>The round is complete: it is nobody's turn to pass.</source>
        <translation>La ronda ha terminado: no es el turno de nadie para pasar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="27"/>
        <source>Nobody else is waiting in this round.</source>
        <translation>Nadie más espera en esta ronda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="28"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>Nadie ha hablado antes en este bloque: no hay a quién volver.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="29"/>
        <source>The round has not started yet.</source>
        <translation>La ronda aún no ha empezado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="30"/>
        <source>No segment is running.</source>
        <translation>No hay ningún bloque en curso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="31"/>
        <source>That is for rounds; this segment is an open discussion.</source>
        <translation>Eso es para las rondas; este bloque es un diálogo abierto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="32"/>
        <source>That is for open discussion; this segment is a round.</source>
        <translation>Eso es para el diálogo abierto; este bloque es una ronda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="33"/>
        <source>{name} is not marked present.</source>
        <translation>{name} no está marcado como presente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="34"/>
        <source>{name} is not the one speaking.</source>
        <translation>{name} no es quien está hablando.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="35"/>
        <source>{name} is not waiting in the queue.</source>
        <translation>{name} no está esperando en la lista.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="36"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="37"/>
        <source>{name} is already in the round.</source>
        <translation>{name} ya está en la ronda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="38"/>
        <source>{name} is speaking: end their turn before they leave.</source>
        <translation>{name} está hablando: termine su turno antes de que se vaya.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="39"/>
        <source>This is the first segment.</source>
        <translation>Este es el primer bloque.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="40"/>
        <source>That segment is already the current one.</source>
        <translation>Ese bloque ya es el actual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="41"/>
        <source>The session has not started yet: Space starts it.</source>
        <translation>La sesión aún no ha empezado: la barra espaciadora la inicia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="42"/>
        <source>The session is already running.</source>
        <translation>La sesión ya está en marcha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="43"/>
        <source>The session is paused: Space resumes it.</source>
        <translation>La sesión está en pausa: la barra espaciadora la reanuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="44"/>
        <source>The session has ended.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="45"/>
        <source>A segment's planned time cannot go below zero.</source>
        <translation>El tiempo previsto de un bloque no puede bajar de cero.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="46"/>
        <source>An agenda needs at least one segment.</source>
        <translation>Una agenda necesita al menos un bloque.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="47"/>
        <source>A segment needs a name.</source>
        <translation>Un bloque necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="56"/>
        <source>That is not possible right now.</source>
        <translation>Eso no se puede hacer ahora.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Open or close the room display (F11)</source>
        <translation>Abrir o cerrar la pantalla de la sala (F11)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Room display  F11</source>
        <translation>Pantalla de la sala  F11</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="24"/>
        <source>Blank  B</source>
        <translation>En negro  B</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="25"/>
        <source>Blank the room display at once; again to restore (B)</source>
        <translation>Poner en negro la pantalla de la sala al instante; otra vez para recuperarla (B)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="30"/>
        <source>Names: aliases</source>
        <translation>Nombres: alias</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="31"/>
        <source>Names: initials</source>
        <translation>Nombres: iniciales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="32"/>
        <source>Names: none</source>
        <translation>Nombres: ninguno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="33"/>
        <source>How the room display names members</source>
        <translation>Cómo nombra la pantalla de la sala a los participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="34"/>
        <source>Names on the room display</source>
        <translation>Nombres en la pantalla de la sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Keys  ?</source>
        <translation>Teclas  ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Show all keys (?)</source>
        <translation>Mostrar todas las teclas (?)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End session…</source>
        <translation>Terminar sesión…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End the session and see its summary</source>
        <translation>Terminar la sesión y ver su resumen</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="118"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="119"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="120"/>
        <source>Attended</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="121"/>
        <source>Segments</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="122"/>
        <source>Overruns</source>
        <translation>Alargados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="126"/>
        <source>When the session started (✎ = corrected afterwards)</source>
        <translation>Cuándo empezó la sesión (✎ = corregida después)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="127"/>
        <source>How long it ran</source>
        <translation>Cuánto duró</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="128"/>
        <source>Members present, late or leaving early (+ guests)</source>
        <translation>Participantes presentes, que llegaron tarde o salieron antes (+ invitados)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="129"/>
        <source>Agenda segments</source>
        <translation>Bloques de la agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="130"/>
        <source>Segments that ran more than a minute over their plan</source>
        <translation>Bloques que se pasaron más de un minuto de lo previsto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="172"/>
        <source>{date}, started {clock}</source>
        <translation>{date}, empezó a las {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="176"/>
        <source>✎ Corrected afterwards: open it to see what changed.</source>
        <translation>✎ Corregida después: ábrela para ver qué cambió.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="179"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} de {planned} previstos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="183"/>
        <source>{members} and {guests}</source>
        <translation>{members} y {guests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="187"/>
        <source>%Ln of {m} segments ran over</source>
        <translation>
            <numerusform>%Ln de {m} bloques se alargó</numerusform>
            <numerusform>%Ln de {m} bloques se alargaron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="36"/>
        <source>Session notes to sign</source>
        <translation>Notas de sesión por firmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="47"/>
        <source>Session of {date}</source>
        <translation>Sesión del {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="48"/>
        <source>The note of the session of {date} is not signed, %Ln day(s) on.</source>
        <translation>
            <numerusform>La nota de la sesión del {date} sigue sin firmar después de %Ln día.</numerusform>
            <numerusform>La nota de la sesión del {date} sigue sin firmar después de %Ln días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="56"/>
        <source>Open the session note</source>
        <translation>Abrir la nota de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="60"/>
        <source>&amp;Open the note</source>
        <translation>&amp;Abrir la nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="25"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="26"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="27"/>
        <source>left early</source>
        <translation>salió antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="28"/>
        <source>excused</source>
        <translation>justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="29"/>
        <source>absent without notice</source>
        <translation>ausente sin aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="42"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} de {planned} previstos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="50"/>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="72"/>
        <source>late, came {time}</source>
        <translation>tarde, llegó a las {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="75"/>
        <source>left {time}</source>
        <translation>se fue a las {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="82"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} de {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="93"/>
        <source>{name}: {turns}; nobody passed</source>
        <translation>{name}: {turns}; ningún pase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="94"/>
        <source>{name}: {turns}; passed: {names}</source>
        <translation>{name}: {turns}; pases: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="104"/>
        <source>{status} {start}–{end}</source>
        <translation>{status} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="110"/>
        <source>spoke {time} ({share})</source>
        <translation>habló {time} ({share})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="117"/>
        <source>check-in {score} ({low}–{high})</source>
        <translation>apertura {score} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="135"/>
        <source>ground rules not acknowledged</source>
        <translation>normas sin firmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="137"/>
        <source>ground rules v{version} acknowledged</source>
        <translation>normas v{version} firmadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="140"/>
        <source>ground rules v{version} acknowledged (v{current} in force)</source>
        <translation>normas v{version} firmadas (vigente: v{current})</translation>
    </message>
    <message>
        <source>The note of the session of {date} is not signed, {days} days on.</source>
        <translation type="vanished">La nota de la sesión del {date} sigue sin firmar después de {days} días.</translation>
    </message>
</context>
<context>
    <name>SessionNoteDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="99"/>
        <source>Session note not saved</source>
        <translation>Nota de la sesión sin guardar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="100"/>
        <source>The last lines of this session note could not be saved. They are kept, sealed, until you open this note again; it saves them then.</source>
        <translation>No se pudieron guardar las últimas líneas de esta nota de sesión. Se conservan, cifradas, hasta que vuelvas a abrir la nota; entonces se guardarán.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="79"/>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="86"/>
        <source>This note is damaged and cannot be shown or changed. The session's facts are fine; a backup may hold an intact copy of the note.</source>
        <translation>Esta nota está dañada y no se puede mostrar ni modificar. Los datos de la sesión están bien; puede que una copia de seguridad tenga una copia intacta de la nota.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="101"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="103"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="105"/>
        <source>Edit &amp;templates…</source>
        <translation>&amp;Editar plantillas…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="115"/>
        <source>Themes, separated by commas</source>
        <translation>Temas, separados por comas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="116"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="118"/>
        <source>T&amp;hemes:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="129"/>
        <source>Add an &amp;addendum to the group note…</source>
        <translation>Añadir un &amp;anexo a la nota del grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="136"/>
        <source>Nobody was present: there are no progress entries.</source>
        <translation>No asistió nadie: no hay notas de evolución.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="145"/>
        <source>The group</source>
        <translation>El grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="153"/>
        <source>Each member present</source>
        <translation>Cada participante presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="167"/>
        <source>&amp;Copy for a member…</source>
        <translation>&amp;Copia para un participante…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="169"/>
        <source>A member's progress entry as a PDF, the others reduced to initials</source>
        <translation>La nota de evolución de un participante en PDF, con los demás reducidos a iniciales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="172"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="173"/>
        <source>Signed, the note no longer changes</source>
        <translation>Una vez firmada, la nota ya no cambia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="175"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="361"/>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="367"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="380"/>
        <source>Signed {date}, {time}: read-only</source>
        <translation>Firmada {date}, {time}: solo lectura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="386"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="388"/>
        <source>Not written yet</source>
        <translation>Aún sin escribir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="402"/>
        <source>Sign the session note</source>
        <translation>Firmar la nota de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="403"/>
        <source>Sign this session note?</source>
        <translation>¿Firmar esta nota de sesión?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="404"/>
        <source>Signed, it can no longer change, as in a clinical record. What you add later is a dated addendum under it.</source>
        <translation>Una vez firmada, ya no se puede modificar, como en una historia clínica. Lo que añadas después será un anexo con fecha debajo de ella.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="408"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="423"/>
        <source>An addendum to the group note.</source>
        <translation>Un anexo a la nota del grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="429"/>
        <source>An addendum to {name}'s progress entry.</source>
        <translation>Un anexo a la nota de evolución de {name}.</translation>
    </message>
</context>
<context>
    <name>SessionNoteSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="28"/>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="33"/>
        <source>Days before an unsigned note is a follow-up</source>
        <translation>Días hasta que una nota sin firmar pasa a seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="36"/>
        <source>&amp;Unsigned notes are a follow-up after</source>
        <translation>Las notas sin &amp;firmar pasan a seguimiento tras</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="41"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="45"/>
        <source>as their initials</source>
        <translation>con sus iniciales</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="46"/>
        <source>removed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="47"/>
        <source>Other members in a member's copy</source>
        <translation>Los demás participantes en la copia para un participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="50"/>
        <source>In a member's copy, the &amp;others are</source>
        <translation>En la copia para un participante, los &amp;demás aparecen</translation>
    </message>
</context>
<context>
    <name>SessionSummaryOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="206"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="207"/>
        <source>No finished sessions yet</source>
        <translation>Aún no hay sesiones terminadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="209"/>
        <source>Include pri&amp;vate notes</source>
        <translation>&amp;Incluir notas privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="211"/>
        <source>Notes are left out unless you tick this. On paper anyone can read them.</source>
        <translation>Las notas no se incluyen salvo que marques esto. En papel, cualquiera puede leerlas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="216"/>
        <source>Sessio&amp;n:</source>
        <translation>&amp;Sesión:</translation>
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
        <translation>Desbloquea para ver tus notas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="174"/>
        <source>No notes for this session.</source>
        <translation>No hay notas de esta sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="179"/>
        <source>follow up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="181"/>
        <source>by {date}</source>
        <translation>hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="190"/>
        <source>came {clock}</source>
        <translation>llegó {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="192"/>
        <source>left {clock}</source>
        <translation>se fue {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="245"/>
        <source>Correction saved and recorded.</source>
        <translation>Corrección guardada y registrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="255"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} de {planned} previstos · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="267"/>
        <source>Corrected on {date}</source>
        <translation>Corregida el {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="65"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimir resumen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="66"/>
        <source>Save this session's summary as a PDF to print</source>
        <translation>Guardar el resumen de esta sesión como PDF para imprimirlo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="68"/>
        <source>Session &amp;note…</source>
        <translation>&amp;Nota de la sesión…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="70"/>
        <source>The session's note: the group once, a line per member</source>
        <translation>La nota de la sesión: el grupo una vez y una línea por participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="73"/>
        <source>Correct &amp;attendance…</source>
        <translation>Corregir &amp;asistencia…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="75"/>
        <source>Correct a &amp;turn…</source>
        <translation>Corregir un t&amp;urno…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="76"/>
        <source>Or click a turn on the timeline</source>
        <translation>O haz clic en un turno de la cronología</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="93"/>
        <source>No attendance was recorded.</source>
        <translation>No se registró asistencia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="96"/>
        <source>Nobody spoke.</source>
        <translation>No habló nadie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="98"/>
        <source>No turns were recorded.</source>
        <translation>No se registró ningún turno.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="105"/>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="111"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="112"/>
        <source>Airtime</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="118"/>
        <source>Dashed line: an equal share.</source>
        <translation>Línea discontinua: reparto equitativo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="138"/>
        <source>Planned and actual</source>
        <translation>Previsto y real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="143"/>
        <source>Turns over time</source>
        <translation>Turnos a lo largo de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="146"/>
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="153"/>
        <source>The chosen session</source>
        <translation>La sesión elegida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="158"/>
        <source>Pick a session on the left to see how it went.</source>
        <translation>Elige una sesión a la izquierda para ver cómo fue.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="29"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="34"/>
        <source>Absences in a row without notice before a follow-up</source>
        <translation>Faltas seguidas sin aviso antes de un seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="37"/>
        <source>&amp;Follow up after</source>
        <translation>&amp;Seguimiento tras</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="46"/>
        <source>A member appears on the Follow-ups page when their latest sessions end with this many absences without notice. Excused absences do not count. 1 means the first one: the easiest moment to reach out.</source>
        <translation>Un participante aparece en la página Seguimientos cuando sus últimas sesiones terminan con este número de faltas sin aviso. Las ausencias justificadas no cuentan. 1 significa la primera: el momento más fácil para acercarse.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="79"/>
        <source>Follow-ups start at the first absence without notice.</source>
        <translation>Los seguimientos empiezan con la primera falta sin aviso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="81"/>
        <source>Follow-ups start after %Ln absences in a row without notice.</source>
        <translation>
            <numerusform>Los seguimientos empiezan tras %Ln falta sin aviso.</numerusform>
            <numerusform>Los seguimientos empiezan tras %Ln faltas seguidas sin aviso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="87"/>
        <source>absences in a row without notice</source>
        <extracomment>after a number box (&quot;Follow up after [3] absences in a row without notice&quot;); the number itself is not in the text.</extracomment>
        <translation>
            <numerusform>falta sin aviso</numerusform>
            <numerusform>faltas seguidas sin aviso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="184"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="77"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="79"/>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="87"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Idioma de la aplicación:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="94"/>
        <source>A new language takes effect when the app starts again. Each group's handouts and room display can have a language of their own (Groups page).</source>
        <translation>El nuevo idioma se aplica la próxima vez que se abra la aplicación. Los materiales y la pantalla de la sala de cada grupo pueden tener su propio idioma (página Grupos).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="107"/>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="110"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="111"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="112"/>
        <source>Lock automatically after minutes</source>
        <translation>Minutos hasta el bloqueo automático</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="115"/>
        <source>Lock &amp;automatically after</source>
        <translation>Bloquear &amp;automáticamente tras</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="120"/>
        <source>without keyboard or mouse use</source>
        <translation>de inactividad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="123"/>
        <source>It waits while a session's clock runs in this window; a paused session, or one a crash left open, does not hold it off. Time asleep counts: a laptop woken after longer than this locks within seconds. On most Linux desktops it also locks when the screen locks or the laptop goes to sleep. Ctrl+L locks at any moment; Never (0) locks only by hand.</source>
        <translation>Espera mientras el reloj de una sesión avanza en esta ventana; una sesión en pausa, o una que un fallo dejó abierta, no lo retrasa. El tiempo en suspensión cuenta: un equipo que se reactiva después de más tiempo que este se bloquea en segundos. En la mayoría de los escritorios Linux también se bloquea cuando se bloquea la pantalla o el equipo entra en suspensión. Ctrl+L bloquea en cualquier momento; con Nunca (0) solo se bloquea a mano.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="141"/>
        <source>Passphrase</source>
        <translation>Frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="143"/>
        <source>Your passphrase opens this workspace and its backups. Changing it keeps every note as it is; the old passphrase stops working at once, in every backup too.</source>
        <translation>Tu frase clave abre este espacio de trabajo y sus copias de seguridad. Cambiarla deja todas las notas como están; la anterior deja de funcionar al momento, también en todas las copias.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="151"/>
        <source>&amp;Change passphrase…</source>
        <translation>Cam&amp;biar la frase clave…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="158"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="339"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="162"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="225"/>
        <source>Language saved: it takes effect when the app starts again.</source>
        <translation>Idioma guardado: se aplicará la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="239"/>
        <source>Automatic locking is off.</source>
        <translation>El bloqueo automático está desactivado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="241"/>
        <source>Locks after %Ln minutes without use.</source>
        <translation>
            <numerusform>Se bloquea tras %Ln minuto sin uso.</numerusform>
            <numerusform>Se bloquea tras %Ln minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="264"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Frase clave cambiada. A partir de ahora, usa la nueva.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="266"/>
        <source>Passphrase changed.</source>
        <translation>Frase clave cambiada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="280"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="304"/>
        <source>A recovery key is set up. If the paper is lost, replace it: the old key then stops working, in every backup too.</source>
        <translation>Hay una clave de recuperación configurada. Si pierdes el papel, sustitúyela: la clave anterior deja de funcionar, también en todas las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="310"/>
        <source>Re&amp;place recovery key…</source>
        <translation>Sustituir la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="313"/>
        <source>No recovery key. If you forget your passphrase, nobody can open this workspace. A recovery key, printed and kept safe, is a second way in.</source>
        <translation>No hay clave de recuperación. Si olvidas tu frase clave, nadie podrá abrir este espacio de trabajo. Una clave de recuperación, impresa y bien guardada, es una segunda forma de entrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="319"/>
        <source>Create recovery &amp;key…</source>
        <translation>Crear una clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="327"/>
        <source>Replace recovery key</source>
        <translation>Sustituir la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="328"/>
        <source>Enter your passphrase to make a new recovery key. The key you have now stops working, in every backup too: a new workspace key is made and every private detail re-encrypted, since whoever has the old paper may have copied the old key.</source>
        <translation>Escribe tu frase clave para crear una nueva clave de recuperación. La clave que tienes ahora deja de funcionar, también en todas las copias de seguridad: se crea una nueva clave del espacio de trabajo y se vuelven a cifrar todos los datos privados, ya que quien tenga el papel anterior podría haber copiado la clave anterior.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="334"/>
        <source>&amp;Make a new key</source>
        <translation>&amp;Crear una clave nueva</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="340"/>
        <source>Enter your passphrase to make a recovery key for this workspace.</source>
        <translation>Escribe tu frase clave para crear una clave de recuperación para este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="341"/>
        <source>&amp;Make the key</source>
        <translation>&amp;Crear la clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="348"/>
        <source>Remove recovery key</source>
        <translation>Quitar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="349"/>
        <source>The printed key stops working, in every backup too: a new workspace key is made and every private detail re-encrypted. Only your passphrase will open this workspace; if it is forgotten, nobody can open it.</source>
        <translation>La clave impresa deja de funcionar, también en todas las copias de seguridad: se crea una nueva clave del espacio de trabajo y se vuelven a cifrar todos los datos privados. Solo tu frase clave abrirá este espacio de trabajo; si la olvidas, nadie podrá abrirlo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="354"/>
        <source>&amp;Remove key</source>
        <translation>&amp;Quitar la clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="391"/>
        <source>New recovery key made.</source>
        <translation>Nueva clave de recuperación creada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="397"/>
        <source>Making a new recovery key</source>
        <translation>Creando una nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="399"/>
        <source>New recovery key made; the old one opens nothing.</source>
        <translation>Nueva clave de recuperación creada; la anterior ya no abre nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="405"/>
        <source>Removing the recovery key</source>
        <translation>Quitando la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="407"/>
        <source>Recovery key removed; it opens nothing any more.</source>
        <translation>Clave de recuperación quitada; ya no abre nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="435"/>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation>No ha funcionado ({kind}); no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ShareGroupDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="55"/>
        <source>Share a group</source>
        <translation>Compartir un grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="64"/>
        <source>Group to share</source>
        <translation>Grupo que compartir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="69"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="73"/>
        <source>Your co-facilitator's card</source>
        <translation>Tarjeta de tu cofacilitador</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="74"/>
        <source>fd-card-1:…  (paste it whole)</source>
        <translation>fd-card-1:…  (pégala entera)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="77"/>
        <source>Your co-facilitator's &amp;card:</source>
        <translation>&amp;Tarjeta de tu cofacilitador:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="80"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Siguiente: comparar el número de seguridad</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="84"/>
        <source>There is no group to share yet.</source>
        <translation>Aún no hay ningún grupo que compartir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="88"/>
        <source>Share a group with a co-facilitator</source>
        <translation>Compartir un grupo con un cofacilitador</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="91"/>
        <source>They will see the group's members, attendance, sessions, rules, signed session notes and check-in scores, and every note you mark for co-facilitators. Your other notes stay on this laptop.</source>
        <translation>Verá los participantes del grupo, la asistencia, las sesiones, las normas, las notas de sesión firmadas y las puntuaciones de apertura, además de cada nota que marques para los cofacilitadores. El resto de tus notas se queda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="112"/>
        <source>Your co-facilitator sees the same twelve digits when they paste your card or your invitation under Accept an invitation. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Tu cofacilitador verá los mismos doce dígitos cuando pegue tu tarjeta o tu invitación en Aceptar una invitación. Léelos en voz alta por turnos o compara las dos pantallas una junto a la otra.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="119"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="121"/>
        <source>&amp;Share the group</source>
        <translation>&amp;Compartir el grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="139"/>
        <source>The invitation</source>
        <translation>La invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="141"/>
        <source>&amp;Copy invitation</source>
        <translation>Copiar &amp;invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="143"/>
        <source>Sa&amp;ve to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="145"/>
        <source>&amp;Done</source>
        <translation>He&amp;cho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="155"/>
        <source>Send the invitation</source>
        <translation>Envía la invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="214"/>
        <source>“{group}” is shared. Send this invitation to your co-facilitator (it holds no key: the group's key travels sealed for their laptop only).</source>
        <translation>“{group}” ya se comparte. Envía esta invitación a tu cofacilitador (no contiene ninguna clave: la clave del grupo viaja cifrada solo para su equipo).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="228"/>
        <source>Copied.</source>
        <translation>Copiada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Save the invitation</source>
        <translation>Guardar la invitación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="244"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="248"/>
        <source>Saved as {name}.</source>
        <translation>Guardada como {name}.</translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="54"/>
        <source>Airtime share per session</source>
        <translation>Parte del tiempo de palabra por sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="106"/>
        <source>{date}: {share} of the airtime ({length}), {turns}, {passes} · {status}</source>
        <translation>{date}: {share} del tiempo de palabra ({length}), {turns}, {passes} · {status}</translation>
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
        <translation>Grupos compartidos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>Group and co-facilitators</source>
        <translation>Grupo y cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="65"/>
        <source>Shared groups and their co-facilitators</source>
        <translation>Grupos compartidos y sus cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="70"/>
        <source>No group is shared. Nothing leaves this laptop.</source>
        <translation>No hay ningún grupo compartido. Nada sale de este equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="72"/>
        <source>&amp;Remove co-facilitator…</source>
        <translation>&amp;Quitar cofacilitador…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="74"/>
        <source>S&amp;top sharing this group…</source>
        <translation>&amp;Dejar de compartir este grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="107"/>
        <source>safety number {number}</source>
        <translation>número de seguridad {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="110"/>
        <source>Safety number: {number}</source>
        <translation>Número de seguridad: {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="179"/>
        <source>Remove co-facilitator</source>
        <translation>Quitar cofacilitador</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="180"/>
        <source>Remove {laptop} from this group?</source>
        <translation>¿Quitar {laptop} de este grupo?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="181"/>
        <source>A new group key seals everything written from now on, on every laptop that stays; that laptop cannot read any of it, and its later changes are refused. What it already has stays with it: nothing can be taken back from a laptop.</source>
        <translation>Una nueva clave del grupo cifrará todo lo que se escriba a partir de ahora, en todos los equipos que siguen; ese equipo no podrá leer nada de ello y sus cambios posteriores se rechazarán. Lo que ya tiene se queda con él: no se puede recuperar nada de un equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="195"/>
        <source>Removed. The new group key goes to the others at the next sync.</source>
        <translation>Quitado. La nueva clave del grupo llegará a los demás en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="207"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="208"/>
        <source>Stop sharing this group from this laptop?</source>
        <translation>¿Dejar de compartir este grupo desde este equipo?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="209"/>
        <source>Nothing more is sent or received for it. What this laptop holds stays here as a group of its own; the co-facilitators keep what they have.</source>
        <translation>Ya no se enviará ni se recibirá nada de este grupo. Lo que hay en este equipo se queda aquí como un grupo independiente; los cofacilitadores conservan lo que tienen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="213"/>
        <source>S&amp;top sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="221"/>
        <source>This group is no longer shared from this laptop.</source>
        <translation>Este grupo ya no se comparte desde este equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="232"/>
        <source>A group shared with you (arrives at the next sync)</source>
        <translation>Un grupo compartido contigo (llega en la próxima sincronización)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="233"/>
        <source>A group</source>
        <translation>Un grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="239"/>
        <source>this laptop was removed from the group</source>
        <translation>este equipo fue quitado del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="241"/>
        <source>no longer shared from here</source>
        <translation>ya no se comparte desde aquí</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="243"/>
        <source>waiting for the first sync</source>
        <translation>pendiente de la primera sincronización</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="244"/>
        <source>%n co-facilitators</source>
        <translation>
            <numerusform>%n cofacilitador</numerusform>
            <numerusform>%n cofacilitadores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="246"/>
        <source>{whom} · not synced yet</source>
        <translation>{whom} · aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="248"/>
        <source>{whom} · synced {date} {time}</source>
        <translation>{whom} · sincronizado el {date}, {time}</translation>
    </message>
</context>
<context>
    <name>SharingCard</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="54"/>
        <source>Your card</source>
        <translation>Tu tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="44"/>
        <source>Send this card to a co-facilitator, or let them copy it: it holds only this laptop's public keys. Before any group is shared, you both compare a safety number.</source>
        <translation>Envía esta tarjeta a un cofacilitador o deja que la copie: solo contiene las claves públicas de este equipo. Antes de compartir un grupo, se compara un número de seguridad en los dos equipos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="58"/>
        <source>&amp;Copy card</source>
        <translation>Copiar &amp;tarjeta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="83"/>
        <source>This laptop: {fingerprint}</source>
        <translation>Este equipo: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="95"/>
        <source>Copied.</source>
        <translation>Copiada.</translation>
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
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="53"/>
        <source>When the same detail was changed on two laptops, the later change is kept everywhere and the other value is listed here. If the other value was the right one, copy it and edit the record on its page; then keep.</source>
        <translation>Cuando el mismo dato se cambió en dos equipos, se conserva en todos el cambio más reciente y el otro valor aparece aquí. Si el otro valor era el correcto, cópialo y corrige el registro en su página; después, mantén el actual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>The other value</source>
        <translation>El otro valor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="66"/>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="67"/>
        <source>&amp;Copy the other value</source>
        <translation>Cop&amp;iar el otro valor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="69"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Mantener el valor actual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="97"/>
        <source>(damaged: cannot be shown)</source>
        <translation>(dañado: no se puede mostrar)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="134"/>
        <source>Copied. Paste it into the record, then keep.</source>
        <translation>Copiado. Pégalo en el registro y después mantén el actual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="147"/>
        <source>Resolved: the current value stays.</source>
        <translation>Resuelto: se queda el valor actual.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="49"/>
        <source>Sharing</source>
        <translation>Uso compartido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="62"/>
        <source>&amp;Share a group…</source>
        <translation>&amp;Compartir un grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="64"/>
        <source>&amp;Accept an invitation…</source>
        <translation>&amp;Aceptar una invitación…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="81"/>
        <source>&amp;Co-facilitators</source>
        <translation>C&amp;ofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="82"/>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rvidor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="83"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts</source>
        <translation>Con&amp;flictos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="90"/>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts ({count})</source>
        <translation>Con&amp;flictos ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Problemas ({count})</translation>
    </message>
</context>
<context>
    <name>SharingProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="29"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="32"/>
        <source>Every change is checked before it is used: signed by its laptop, sealed with the group's key, in order. What failed a check is listed here and was not used; the server cannot add or alter anything.</source>
        <translation>Cada cambio se comprueba antes de usarlo: firmado por su equipo, cifrado con la clave del grupo y en orden. Lo que no pasó una comprobación aparece aquí y no se usó; el servidor no puede añadir ni modificar nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="42"/>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="45"/>
        <source>No problems.</source>
        <translation>No hay problemas.</translation>
    </message>
</context>
<context>
    <name>SharingServer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="43"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="46"/>
        <source>Shared groups travel through your agency's PostgreSQL server as sealed changes it cannot read. The connection must be encrypted (TLS with a verified certificate) for every server but this computer. The password is kept sealed in this workspace.</source>
        <translation>Los grupos compartidos viajan por el servidor PostgreSQL de tu organización como cambios cifrados que el servidor no puede leer. La conexión debe estar cifrada (TLS con un certificado verificado) con cualquier servidor que no sea este equipo. La contraseña se guarda cifrada en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="56"/>
        <source>db.agency.example</source>
        <translation>db.organizacion.example</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="68"/>
        <source>&amp;Host:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="69"/>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="70"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="71"/>
        <source>&amp;Role:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="87"/>
        <source>&amp;Save server</source>
        <translation>&amp;Guardar servidor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="89"/>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="127"/>
        <source>kept, sealed — type to change</source>
        <translation>guardada y cifrada; escribe para cambiarla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="139"/>
        <source>This computer: the connection may be unencrypted (it never leaves it).</source>
        <translation>Este equipo: la conexión puede ir sin cifrar (no sale de él).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="143"/>
        <source>Another computer: only an encrypted connection with a verified certificate.</source>
        <translation>Otro equipo: solo una conexión cifrada con un certificado verificado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="182"/>
        <source>Server kept. Shared groups sync in the background.</source>
        <translation>Servidor guardado. Los grupos compartidos se sincronizan en segundo plano.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="194"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="199"/>
        <source>Give the server's name or address.</source>
        <translation>Indica el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="200"/>
        <source>Give the database's name.</source>
        <translation>Indica el nombre de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="201"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Indica el rol (nombre de usuario) con el que conectarse.</translation>
    </message>
</context>
<context>
    <name>SharingSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="27"/>
        <source>Sharing with co-facilitators</source>
        <translation>Compartir con cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="31"/>
        <source>S&amp;haring…</source>
        <translation>&amp;Uso compartido…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="48"/>
        <source>No group is shared: nothing leaves this laptop. A group can be shared with a co-facilitator through your agency's server, end-to-end encrypted.</source>
        <translation>No hay ningún grupo compartido: nada sale de este equipo. Puedes compartir un grupo con un cofacilitador a través del servidor de tu organización, con cifrado de extremo a extremo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="53"/>
        <source>Shared groups: {count}. No server is set yet, so their changes wait on this laptop.</source>
        <translation>Grupos compartidos: {count}. Aún no hay ningún servidor configurado, así que sus cambios esperan en este equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="58"/>
        <source>Shared groups: {count}, through {host}.</source>
        <translation>Grupos compartidos: {count}, a través de {host}.</translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="18"/>
        <source>The group</source>
        <translation>El grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="19"/>
        <source>A member</source>
        <translation>Un participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="20"/>
        <source>The ground rules</source>
        <translation>Las normas del grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="21"/>
        <source>A signed ground rule</source>
        <translation>Una firma de las normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="22"/>
        <source>A session</source>
        <translation>Una sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="23"/>
        <source>A session's timeline</source>
        <translation>La cronología de una sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="24"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="25"/>
        <source>A turn</source>
        <translation>Un turno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="26"/>
        <source>A check-in score</source>
        <translation>Una puntuación de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="27"/>
        <source>A session note</source>
        <translation>Una nota de sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="28"/>
        <source>A session note's addendum</source>
        <translation>Un anexo a una nota de sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="29"/>
        <source>A note for co-facilitators</source>
        <translation>Una nota para los cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="36"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="37"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="38"/>
        <source>first name</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="39"/>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="40"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="41"/>
        <source>private remarks</source>
        <translation>observaciones privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="42"/>
        <source>seat</source>
        <translation>asiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="43"/>
        <source>joined on</source>
        <translation>fecha de alta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="44"/>
        <source>left on</source>
        <translation>fecha de baja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="45"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="46"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="47"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="48"/>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="49"/>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="50"/>
        <source>follow-up done</source>
        <translation>seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="51"/>
        <source>rule cards</source>
        <translation>tarjetas de normas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="52"/>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="53"/>
        <source>weekday</source>
        <translation>día de la semana</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="54"/>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="55"/>
        <source>check-in question</source>
        <translation>pregunta de apertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="56"/>
        <source>progress entries</source>
        <translation>notas de evolución</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="57"/>
        <source>members it is about</source>
        <translation>participantes de los que trata</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="65"/>
        <source>Changes are missing before it (the server held some back); it waits.</source>
        <translation>Faltan cambios anteriores a este (el servidor retuvo algunos); queda en espera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="66"/>
        <source>A change sent again: refused (the server replayed it).</source>
        <translation>Un cambio enviado otra vez: rechazado (el servidor lo repitió).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="67"/>
        <source>Not signed by the laptop it claims: refused as forged.</source>
        <translation>No lo firmó el equipo del que dice venir: rechazado por falso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="68"/>
        <source>Altered or not sealed with the group's key: refused.</source>
        <translation>Alterado o no cifrado con la clave del grupo: rechazado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="69"/>
        <source>Damaged or unreadable: refused.</source>
        <translation>Dañado o ilegible: rechazado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="70"/>
        <source>Written after that laptop was removed from the group: refused.</source>
        <translation>Escrito después de quitar ese equipo del grupo: rechazado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="71"/>
        <source>Sealed with a group key that is no longer in use: refused.</source>
        <translation>Cifrado con una clave del grupo que ya no se usa: rechazado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="72"/>
        <source>A group key from a laptop not trusted for this group: refused.</source>
        <translation>Una clave del grupo de un equipo que no es de confianza para este grupo: rechazada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="73"/>
        <source>The server's copy of this laptop's changes differs: not trusted.</source>
        <translation>La copia en el servidor de los cambios de este equipo no coincide: no es de fiar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="74"/>
        <source>From a laptop not in the group: not read.</source>
        <translation>De un equipo que no está en el grupo: no se ha leído.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="75"/>
        <source>Could not be applied here: kept out, everything else applied.</source>
        <translation>No se pudo aplicar aquí: se dejó fuera y se aplicó todo lo demás.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="77"/>
        <source>Refused ({reason}).</source>
        <translation>Rechazado ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="81"/>
        <source>Laptop {fingerprint}</source>
        <translation>Equipo {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="85"/>
        <source>{laptop} (this laptop)</source>
        <translation>{laptop} (este equipo)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="86"/>
        <source>{laptop} (compared safety number)</source>
        <translation>{laptop} (número de seguridad comparado)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="87"/>
        <source>{laptop} (added by a co-facilitator)</source>
        <translation>{laptop} (añadido por un cofacilitador)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="88"/>
        <source>{laptop} (removed)</source>
        <translation>{laptop} (quitado)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="95"/>
        <source>Laptop {id}</source>
        <translation>Equipo {id}</translation>
    </message>
</context>
<context>
    <name>ShowPassphraseBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/passphrase_edit.py" line="43"/>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Mostrar la frase clave</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="178"/>
        <source>Empty rows for guests and newcomers</source>
        <translation>Filas vacías para invitados y recién llegados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="180"/>
        <source>D&amp;ate:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="181"/>
        <source>Guest &amp;lines:</source>
        <translation>Filas para &amp;invitados:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="202"/>
        <source>This folder is open in another copy of Facilitator Desktop on this computer.</source>
        <translation>Esta carpeta está abierta en otra copia de Facilitator Desktop en este equipo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="203"/>
        <source>Close that copy first (it may be on another desktop), then start again.</source>
        <translation>Cierra primero esa copia (puede estar en otro escritorio) y vuelve a abrir la aplicación.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="209"/>
        <source>The data folder is read-only, so Facilitator Desktop cannot work in it.</source>
        <translation>La carpeta de datos es de solo lectura, así que Facilitator Desktop no puede trabajar en ella.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="210"/>
        <source>Folder: {folder}

Change the folder's permissions, or start the app with --data-dir and a folder you can write to. Nothing has been changed.</source>
        <translation>Carpeta: {folder}

Cambia los permisos de la carpeta, o abre la aplicación con --data-dir y una carpeta en la que puedas escribir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="218"/>
        <source>The disk that holds the data folder is full, so Facilitator Desktop cannot start.</source>
        <translation>El disco que contiene la carpeta de datos está lleno, así que Facilitator Desktop no puede iniciarse.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="221"/>
        <source>Folder: {folder}

Free some space on that disk, then start the app again. Nothing has been changed.</source>
        <translation>Carpeta: {folder}

Libera espacio en ese disco y vuelve a abrir la aplicación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="236"/>
        <source>Open this folder?</source>
        <translation>¿Abrir esta carpeta?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="238"/>
        <source>This folder seems open elsewhere: on the computer “{host}”.</source>
        <translation>Parece que esta carpeta está abierta en otro sitio: en el equipo “{host}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="242"/>
        <source>This folder seems open elsewhere: in a copy of Facilitator Desktop on this computer that does not answer.</source>
        <translation>Parece que esta carpeta está abierta en otro sitio: en una copia de Facilitator Desktop en este equipo que no responde.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="248"/>
        <source>If the folder was copied, synced or restored from another computer, or that copy has ended, it is safe to open it here. If Facilitator Desktop is still open on this folder there, close it there first: two copies writing at once can lose changes.

Open anyway?</source>
        <translation>Si la carpeta se copió, sincronizó o restauró desde otro equipo, o esa copia ya se cerró, puedes abrirla aquí sin problema. Si Facilitator Desktop sigue abierto con esta carpeta en el otro sitio, ciérralo allí primero: dos copias escribiendo a la vez pueden perder cambios.

¿Abrir de todos modos?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="255"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Abrir de todos modos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="268"/>
        <source>Facilitator Desktop cannot start</source>
        <translation>Facilitator Desktop no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="32"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="34"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="37"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="41"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} y {minutes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="52"/>
        <source>The laptop slept</source>
        <translation>El equipo estuvo en suspensión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="53"/>
        <source>&amp;Count it</source>
        <translation>&amp;Contarlo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="54"/>
        <source>&amp;Don't count it</source>
        <translation>&amp;No contarlo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="65"/>
        <source>The laptop slept for {duration}. Count it as session time?</source>
        <translation>El equipo estuvo en suspensión {duration}. ¿Contarlo como tiempo de sesión?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="70"/>
        <source>Count it: the session clock moves on by {duration}, and a turn under way ends when the laptop went to sleep. Don't count it: the clock goes on from where it stopped.</source>
        <translation>Contarlo: el reloj de la sesión avanza {duration}, y el turno en curso termina en el momento en que el equipo entró en suspensión. No contarlo: el reloj sigue desde donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>SpeedDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="64"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="66"/>
        <source>Rehearse a session</source>
        <translation>Ensayar una sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="68"/>
        <source>Practise with the agenda and rule cards of {group}, on invented members, with the same keys and screens as a real session.</source>
        <translation>Practica con la agenda y las tarjetas de normas de {group}, con participantes inventados y las mismas teclas y pantallas que en una sesión real.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="73"/>
        <source>Practise on a sample group of invented members, with the same keys and screens as a real session.</source>
        <translation>Practica con un grupo de ejemplo de participantes inventados, con las mismas teclas y pantallas que en una sesión real.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="80"/>
        <source>&amp;Real time</source>
        <translation>&amp;Tiempo real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="81"/>
        <source>&amp;10× faster: 90 minutes take 9</source>
        <translation>&amp;10× más rápido: 90 minutos duran 9</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="82"/>
        <source>&amp;60× faster: a minute every second</source>
        <translation>&amp;60× más rápido: un minuto por segundo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="96"/>
        <source>Nothing of a rehearsal is kept: not in History, attendance, follow-ups, notes or backups. End it as you would end a session; you see its summary once.</source>
        <translation>Nada de un ensayo se guarda: ni en el historial, ni en la asistencia, los seguimientos, las notas o las copias de seguridad. Termínalo como terminarías una sesión; verás su resumen una vez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="107"/>
        <source>&amp;Start rehearsal</source>
        <translation>&amp;Empezar el ensayo</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/status_legend.py" line="29"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="53"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="205"/>
        <source>The session is saved in the group's history.</source>
        <translation>La sesión se ha guardado en el historial del grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="35"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="36"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="37"/>
        <source>left early</source>
        <translation>salió antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="38"/>
        <source>excused</source>
        <translation>justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="39"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="51"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="54"/>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="65"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} de {planned} previstos · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Segment</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="118"/>
        <source> (came {clock})</source>
        <translation> (llegó a las {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="120"/>
        <source> (left {clock})</source>
        <translation> (se fue a las {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="128"/>
        <source>Nobody spoke.</source>
        <translation>No habló nadie.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="134"/>
        <source>{time} · {share} · {turns}t {passes}p</source>
        <extracomment>t = turns, p = passes (kept short: a bar's label).</extracomment>
        <translation>{time} · {share} · {turns}t {passes}p</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="148"/>
        <source>t = turns, p = passes; the dashed line is an equal share</source>
        <translation>t = turnos, p = pases; la línea discontinua es un reparto equitativo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="153"/>
        <source>Planned and actual</source>
        <translation>Previsto y real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="156"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="161"/>
        <source>Airtime (only you see this)</source>
        <translation>Tiempo de palabra (solo lo ves tú)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="166"/>
        <source>t = turns, p = passes; the dashed line marks an equal share.</source>
        <translation>t = turnos, p = pases; la línea discontinua marca un reparto equitativo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="195"/>
        <source>Write the session &amp;note…</source>
        <translation>Escribir la &amp;nota de la sesión…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="230"/>
        <source>Notes taken (only you see them)</source>
        <translation>Notas tomadas (solo las ves tú)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="232"/>
        <source>Unlock to see the notes taken in this session.</source>
        <translation>Desbloquea para ver las notas tomadas en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="234"/>
        <source>No notes were taken in this session.</source>
        <translation>No se tomaron notas en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="263"/>
        <source>about {names}</source>
        <translation>sobre {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="265"/>
        <source>to follow up</source>
        <translation>pendiente de seguimiento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="266"/>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="44"/>
        <source>%n changes from others refused: see Settings → Sharing → Problems.</source>
        <translation>
            <numerusform>Se rechazó %n cambio de otros equipos: consulta Configuración → Uso compartido → Problemas.</numerusform>
            <numerusform>Se rechazaron %n cambios de otros equipos: consulta Configuración → Uso compartido → Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="49"/>
        <source>Sharing: locked</source>
        <translation>Uso compartido: bloqueado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="51"/>
        <source>Sharing: starting…</source>
        <translation>Uso compartido: iniciando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="56"/>
        <source>Offline, %n changes waiting</source>
        <translation>
            <numerusform>Sin conexión, %n cambio pendiente</numerusform>
            <numerusform>Sin conexión, %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="58"/>
        <source>Offline, nothing waiting</source>
        <translation>Sin conexión, nada pendiente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="60"/>
        <source>The server could not be reached: {why}</source>
        <translation>No se pudo conectar con el servidor: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="64"/>
        <source>Sync stopped by an error; it tries again shortly</source>
        <translation>La sincronización se detuvo por un error; volverá a intentarlo en breve</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="66"/>
        <source>Nothing is lost: changes wait on this laptop until a sync succeeds.</source>
        <translation>No se pierde nada: los cambios esperan en este equipo hasta que una sincronización salga bien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="70"/>
        <source>{synced}, %n changes waiting</source>
        <translation>
            <numerusform>{synced}, %n cambio pendiente</numerusform>
            <numerusform>{synced}, %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="80"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="81"/>
        <source>Receiving changes: {done} of {total}</source>
        <translation>Recibiendo cambios: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="89"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="91"/>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="93"/>
        <source>Synced {minutes} min ago</source>
        <translation>Sincronizado hace {minutes} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="95"/>
        <source>Synced {hours} h ago</source>
        <translation>Sincronizado hace {hours} h</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="97"/>
        <source>Synced on {date}</source>
        <translation>Sincronizado el {date}</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="95"/>
        <source>Talking order</source>
        <translation>Turnos de palabra</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="102"/>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="279"/>
        <source>Now speaking</source>
        <translation>Ahora habla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="113"/>
        <source>Speaking time</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>End this turn and call the next member (N)</source>
        <translation>Terminar este turno y dar paso al siguiente (N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>Next speaker  N</source>
        <translation>Siguiente  N</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>Pass  P</source>
        <translation>Paso  P</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>The member whose turn it is passes (P)</source>
        <translation>La persona a quien le toca pasa (P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="140"/>
        <source>Come back to me  C</source>
        <translation>Para después  C</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="141"/>
        <source>The speaker goes to the end of the round; the next member starts (C)</source>
        <translation>Quien habla pasa al final de la ronda; empieza el siguiente (C)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End the turn without calling anyone (E)</source>
        <translation>Terminar el turno sin dar paso a nadie (E)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End turn  E</source>
        <translation>Fin del turno  E</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="148"/>
        <source>Back  PgUp</source>
        <translation>Atrás  RePág</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="149"/>
        <source>Back to the previous speaker: the turn just started is not recorded (PgUp, a clicker's back button)</source>
        <translation>Volver al turno anterior: el turno que acaba de empezar no se registra (RePág, botón de retroceso del mando)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Random start</source>
        <translation>Inicio al azar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Start the round with a member chosen at random</source>
        <translation>Empezar la ronda con alguien elegido al azar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="178"/>
        <source>Fewer turns first</source>
        <translation>Quien menos habló</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="180"/>
        <source>Members who have spoken least in this session go ahead in the queue.</source>
        <translation>Quienes menos han hablado en esta sesión pasan por delante en la lista.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="186"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="191"/>
        <source>Waiting to speak</source>
        <translation>Esperando turno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Take the selected member out of the order (Delete)</source>
        <translation>Quitar a la persona seleccionada del orden (Supr)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="200"/>
        <source>Move the selected member up the queue (Alt+↑)</source>
        <translation>Subir en la lista a la persona seleccionada (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="203"/>
        <source>Move the selected member down the queue (Alt+↓)</source>
        <translation>Bajar en la lista a la persona seleccionada (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="282"/>
        <source>Nobody is speaking</source>
        <translation>No está hablando nadie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="285"/>
        <source>soft limit {m} min</source>
        <translation>límite {m} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="289"/>
        <source>Up next: {name}</source>
        <translation>Después: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Queue</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Round order</source>
        <translation>Orden de la ronda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="322"/>
        <source>Back to {name}: the turn just started is not recorded (PgUp)</source>
        <translation>Volver a {name}: el turno que acaba de empezar no se registra (RePág)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="326"/>
        <source>Back to the previous speaker (PgUp): nobody has spoken yet</source>
        <translation>Volver al turno anterior (RePág): aún no ha hablado nadie</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="348"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="350"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="352"/>
        <source>{done} of {total} done</source>
        <translation>van {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="356"/>
        <source>The talking order starts with the session (Space).</source>
        <translation>Los turnos de palabra empiezan con la sesión (Espacio).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="358"/>
        <source>A member's number or a click on a name: they start · N: at random</source>
        <translation>Número de un participante o clic en un nombre: empieza esa persona · N: al azar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="360"/>
        <source>A number or a click adds a member · Alt+↑↓ moves them</source>
        <translation>Un número o un clic añade a alguien · Alt+↑↓ lo mueve</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="32"/>
        <source>Session note template</source>
        <translation>Plantilla de notas de sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="33"/>
        <source>How this group's session notes are laid out</source>
        <translation>Cómo se organizan las notas de sesión de este grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="35"/>
        <source>Edit templates…</source>
        <translation>Editar plantillas…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="75"/>
        <source>Session notes of this group now use “{name}”.</source>
        <translation>Las notas de sesión de este grupo usan ahora “{name}”.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="47"/>
        <source>Session note templates</source>
        <translation>Plantillas de notas de sesión</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="54"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="58"/>
        <source>&amp;New template</source>
        <translation>Nue&amp;va plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="67"/>
        <source>Sections</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="75"/>
        <source>&amp;Add section</source>
        <translation>&amp;Añadir apartado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="77"/>
        <source>Re&amp;move section</source>
        <translation>&amp;Quitar apartado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="81"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="86"/>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="88"/>
        <source>&amp;Delete template</source>
        <translation>Bo&amp;rrar plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="90"/>
        <source>Put back as &amp;shipped</source>
        <translation>Res&amp;taurar la original</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="117"/>
        <source>Notes already written keep the headings they were written under.</source>
        <translation>Las notas ya escritas conservan los encabezados con los que se escribieron.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="143"/>
        <source>{name} (built in)</source>
        <translation>{name} (incluida)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="192"/>
        <source>A template has at most 12 sections.</source>
        <translation>Una plantilla tiene como máximo 12 apartados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="248"/>
        <source>My template</source>
        <translation>Mi plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="249"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="279"/>
        <source>Delete template</source>
        <translation>Borrar plantilla</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="280"/>
        <source>Delete the template “{name}”?</source>
        <translation>¿Borrar la plantilla “{name}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="281"/>
        <source>Groups that use it go back to free text. Notes written with it keep their sections.</source>
        <translation>Los grupos que la usan vuelven a texto libre. Las notas escritas con ella conservan sus apartados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="285"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="332"/>
        <source>the template</source>
        <translation>la plantilla</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="42"/>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="50"/>
        <source>Time left in this segment</source>
        <translation>Tiempo restante de este bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Empezar, pausar o reanudar la sesión (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>Previous segment (←)</source>
        <translation>Bloque anterior (←)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <source>Next segment (→)</source>
        <translation>Bloque siguiente (→)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="159"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>One more minute for this segment (+)</source>
        <translation>Un minuto más para este bloque (+)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>Five more minutes for this segment</source>
        <translation>Cinco minutos más para este bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Open discussion</source>
        <translation>Diálogo abierto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="124"/>
        <source>{kind} · segment {n} of {count}</source>
        <translation>{kind} · bloque {n} de {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="140"/>
        <source>Planned end: {clock}</source>
        <translation>Fin previsto: {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="147"/>
        <source>Start  (Space)</source>
        <translation>Empezar  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="148"/>
        <source>Pause  (Space)</source>
        <translation>Pausa  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="149"/>
        <source>Resume  (Space)</source>
        <translation>Reanudar  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="173"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="157"/>
        <source>End session →</source>
        <translation>Terminar sesión →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="165"/>
        <source>Session time: {elapsed}</source>
        <translation>Tiempo de sesión: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="169"/>
        <source>Not started · Space begins</source>
        <translation>Sin empezar · Espacio para empezar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="171"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="176"/>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="178"/>
        <source>Nearly done</source>
        <translation>Casi terminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="186"/>
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n min de retraso</numerusform>
            <numerusform>%n min de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="188"/>
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n min de adelanto</numerusform>
            <numerusform>%n min de adelanto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="189"/>
        <source>On plan</source>
        <translation>Según lo previsto</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="74"/>
        <source>Measure over time</source>
        <translation>Cuestionario a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="78"/>
        <source>{measure} over time</source>
        <translation>{measure} a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="166"/>
        <source>Since the first: {change}</source>
        <translation>Desde el primero: {change}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="171"/>
        <source>Total from paper</source>
        <translation>Total del papel</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/trend.py" line="45"/>
        <source>Airtime equity over time</source>
        <translation>Evolución del reparto del tiempo de palabra</translation>
    </message>
</context>
<context>
    <name>TurnDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="195"/>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="259"/>
        <source>Correct a turn</source>
        <translation>Corregir un turno</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>At</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Segment</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="213"/>
        <source>pass</source>
        <translation>pase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="234"/>
        <source>It was a &amp;pass (nothing said)</source>
        <translation>Fue un &amp;pase (no dijo nada)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="240"/>
        <source>&amp;Who spoke:</source>
        <translation>&amp;Quién habló:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="241"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="247"/>
        <source>&amp;Save correction</source>
        <translation>&amp;Guardar corrección</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="252"/>
        <source>Fix the selected turn:</source>
        <translation>Corrige el turno seleccionado:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="262"/>
        <source>The change is recorded with today's date and shown on the session.</source>
        <translation>El cambio queda registrado con la fecha de hoy y se muestra en la sesión.</translation>
    </message>
</context>
<context>
    <name>TurnTimeline</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="45"/>
        <source>Turn timeline</source>
        <translation>Cronología de turnos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="64"/>
        <source>{turns} by {members}</source>
        <translation>{turns} de {members}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="115"/>
        <source>{alias} passed · {segment} · at {at}</source>
        <translation>{alias} pasó · {segment} · a los {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="117"/>
        <source>{alias} spoke {length} · {segment} · at {at}</source>
        <translation>{alias} habló {length} · {segment} · a los {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="124"/>
        <source>Click to correct this turn.</source>
        <translation>Haz clic para corregir este turno.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="84"/>
        <source>Workspace locked</source>
        <translation>Espacio de trabajo bloqueado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="85"/>
        <source>Enter your passphrase to carry on where you left off.</source>
        <translation>Escribe tu frase clave para seguir donde lo dejaste.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="87"/>
        <source>Unlock your workspace</source>
        <translation>Desbloquea tu espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="88"/>
        <source>Enter your passphrase to open your groups, members and notes.</source>
        <translation>Escribe tu frase clave para abrir tus grupos, participantes y notas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="96"/>
        <source>Passphrase</source>
        <translation>Frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="102"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase clave:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="107"/>
        <source>Forgot it? Use &amp;recovery key</source>
        <translation>¿La olvidaste? Usa la clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="137"/>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="245"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="141"/>
        <source>&amp;Back to passphrase</source>
        <translation>&amp;Volver a la frase clave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="229"/>
        <source>Unlock with your recovery key</source>
        <translation>Entrar con tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="231"/>
        <source>&amp;Unlock and set passphrase</source>
        <translation>&amp;Desbloquear y elegir frase</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="290"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Esa frase clave no desbloquea este espacio de trabajo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="351"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>No se pudo leer el espacio de trabajo: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="357"/>
        <source>The disk is full, so the workspace could not be unlocked. What you had open is kept as it was. Free some space on this disk, then unlock again.</source>
        <translation>El disco está lleno, así que no se pudo desbloquear el espacio de trabajo. Lo que tenías abierto sigue como estaba. Libera espacio en este disco y vuelve a desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="361"/>
        <source>The disk is full, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Free some space on this disk (empty the wastebasket, or move large files elsewhere), then unlock again.</source>
        <translation>El disco está lleno, así que no se pudo abrir el espacio de trabajo. Aún no hay nada abierto y no se ha cambiado nada. Libera espacio en este disco (vacía la papelera o mueve archivos grandes a otro sitio) y vuelve a desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="369"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be unlocked. What you had open is kept as it was. Make the disk writable again, then unlock again.</source>
        <translation>El disco del espacio de trabajo es de solo lectura, así que no se pudo desbloquear. Lo que tenías abierto sigue como estaba. Haz que se pueda volver a escribir en el disco y desbloquea de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="374"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Make the disk writable again (a memory stick's lock switch, a disk that needs checking), or copy the data folder to a disk you can write to, then unlock again.</source>
        <translation>El disco del espacio de trabajo es de solo lectura, así que no se pudo abrir. Aún no hay nada abierto y no se ha cambiado nada. Haz que se pueda volver a escribir en el disco (el interruptor de bloqueo de una memoria USB, un disco que hay que revisar) o copia la carpeta de datos a un disco en el que puedas escribir, y desbloquea de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="383"/>
        <source>A problem with the disk stopped the workspace from unlocking. What you had open is kept as it was. Check that the disk is connected and working, then unlock again.</source>
        <translation>Un problema con el disco impidió desbloquear el espacio de trabajo. Lo que tenías abierto sigue como estaba. Comprueba que el disco esté conectado y funcione, y vuelve a desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="388"/>
        <source>A problem with the disk stopped the workspace from opening. Nothing is open yet, and nothing has been changed. Check that the disk is connected and working, then unlock again.</source>
        <translation>Un problema con el disco impidió abrir el espacio de trabajo. Aún no hay nada abierto y no se ha cambiado nada. Comprueba que el disco esté conectado y funcione, y vuelve a desbloquear.</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="58"/>
        <source>Check before printing: some text will not print as written.</source>
        <translation>Revisa antes de imprimir: parte del texto no se imprimirá tal como está escrito.</translation>
    </message>
</context>
</TS>
