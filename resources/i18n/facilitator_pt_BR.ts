<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="44"/>
        <source>Accept an invitation</source>
        <translation>Aceitar um convite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="51"/>
        <source>The invitation</source>
        <translation>O convite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="52"/>
        <source>fd-invite-1:…  (paste it whole)</source>
        <translation>fd-invite-1:…  (cole inteiro)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="55"/>
        <source>&amp;Invitation (or your co-facilitator's card):</source>
        <translation>&amp;Convite (ou o cartão do(a) cofacilitador(a)):</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="58"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Próximo: comparar o número de segurança</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="63"/>
        <source>Accept a shared group</source>
        <translation>Aceitar um grupo compartilhado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="66"/>
        <source>Paste the invitation your co-facilitator sent. Their group then comes to this laptop at the next sync, sealed for it alone.</source>
        <translation>Cole o convite recebido de quem cofacilita com você. O grupo chega a este notebook na próxima sincronização, protegido só para ele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="82"/>
        <source>Your co-facilitator saw twelve digits when they shared the group. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Quem cofacilita com você viu doze dígitos ao compartilhar o grupo. Leiam os números em voz alta um para o outro ou comparem as duas telas lado a lado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="89"/>
        <source>This is a card, not an invitation: compare the number now, then paste the invitation when it comes.</source>
        <translation>Isto é um cartão, não um convite: compare o número agora e cole o convite quando ele chegar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="98"/>
        <source>&amp;Accept the invitation</source>
        <translation>&amp;Aceitar o convite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="114"/>
        <source>Accepted. The group appears in your group list at the next sync, with its history; until then it is listed on the Sharing page as waiting.</source>
        <translation>Aceito. O grupo aparece na sua lista de grupos na próxima sincronização, com o histórico; até lá, ele fica listado como aguardando na página Compartilhamento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/accept_dialog.py" line="121"/>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="45"/>
        <source>{hours} {minutes}</source>
        <extracomment>a length said aloud, e.g. &quot;1 hour 5 minutes&quot;.</extracomment>
        <translation>{hours} e {minutes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="51"/>
        <source>{minutes} {seconds}</source>
        <extracomment>a length said aloud, e.g. &quot;1 minute 35&quot; (the seconds as a bare number).</extracomment>
        <translation>{minutes} e {seconds}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="60"/>
        <source>less than a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="64"/>
        <source>{n} percent</source>
        <translation>{n} por cento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="69"/>
        <source>{name}, {length}, {share}</source>
        <translation>{name}, {length}, {share}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="72"/>
        <source>{row}, speaking now</source>
        <translation>{row}, falando agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="76"/>
        <source>speaking now</source>
        <translation>falando agora</translation>
    </message>
</context>
<context>
    <name>AcknowledgementPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="43"/>
        <source>Ground rules</source>
        <translation>Combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="51"/>
        <source>Date signed</source>
        <translation>Data da assinatura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="55"/>
        <source>Signed on:</source>
        <translation>Assinado em:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="57"/>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="126"/>
        <source>Record signa&amp;ture</source>
        <translation>Registrar assina&amp;tura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="59"/>
        <source>Print rules for this member…</source>
        <translation>Imprimir combinados…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="61"/>
        <source>The ground-rules handout with this member's name on the signature line</source>
        <translation>O impresso dos combinados com o nome deste participante na linha de assinatura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="124"/>
        <source>Record signa&amp;ture of v{n}</source>
        <translation>Registrar assina&amp;tura da v{n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="143"/>
        <source>Recorded: signed version {n} on {date}.</source>
        <translation>Registrado: assinou a versão {n} em {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="166"/>
        <source>This group has no ground rules yet.</source>
        <translation>Este grupo ainda não tem combinados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="168"/>
        <source>Signed the current rules (v{n}) on {date}.</source>
        <translation>Assinou os combinados atuais (v{n}) em {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="173"/>
        <source>Signed v{old} on {date}; not yet the current rules (v{n}).</source>
        <translation>Assinou a v{old} em {date}; ainda não os combinados atuais (v{n}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="178"/>
        <source>Not signed the current rules (v{n}).</source>
        <translation>Não assinou os combinados atuais (v{n}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="184"/>
        <source>Earlier: {versions}</source>
        <translation>Antes: {versions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="186"/>
        <source>v{n} on {date}</source>
        <translation>v{n} em {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="205"/>
        <source>%Ln of {members} members have signed v{n}.</source>
        <translation>
            <numerusform>%Ln de {members} participantes assinou a v{n}.</numerusform>
            <numerusform>%Ln de {members} participantes assinaram a v{n}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddendaList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="33"/>
        <source>Addendum of {date}, {time}</source>
        <translation>Adendo de {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addenda.py" line="39"/>
        <source>This addendum is damaged and cannot be shown.</source>
        <translation>Este adendo está danificado e não pode ser mostrado.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="25"/>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="39"/>
        <source>Addendum</source>
        <translation>Adendo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="29"/>
        <source>The note is signed: it stays as it was. The addendum is added under it, dated today, and cannot be changed either.</source>
        <translation>O registro está assinado: ele fica como estava. O adendo é acrescentado abaixo dele, com a data de hoje, e também não pode ser alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/addendum_dialog.py" line="45"/>
        <source>&amp;Add addendum</source>
        <translation>&amp;Adicionar adendo</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="58"/>
        <source>Segment</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="64"/>
        <source>Add segmen&amp;t</source>
        <translation>Adicionar e&amp;tapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="65"/>
        <source>Add a segment at the end of the agenda</source>
        <translation>Adicionar uma etapa no fim do roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="68"/>
        <source>No segments yet: add check-in, discussion and check-out.</source>
        <translation>Nenhuma etapa ainda: adicione abertura, partilha e encerramento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="183"/>
        <source>e.g. Check-in</source>
        <translation>ex.: Abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="184"/>
        <source>Segment {n} name</source>
        <translation>Nome da etapa {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="190"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="191"/>
        <source>Segment {n} minutes</source>
        <translation>Minutos da etapa {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="193"/>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="194"/>
        <source>Open</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="196"/>
        <source>Everyone speaks in seat order; anyone may pass.</source>
        <translation>Todos falam na ordem da roda; qualquer um pode passar a vez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="197"/>
        <source>Open discussion: raise a hand to join the queue.</source>
        <translation>Conversa livre: quem levanta a mão entra na fila.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="199"/>
        <source>Segment {n} kind</source>
        <translation>Tipo da etapa {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="200"/>
        <source>Move segment {n} up</source>
        <translation>Mover a etapa {n} para cima</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="201"/>
        <source>Move segment {n} down</source>
        <translation>Mover a etapa {n} para baixo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/agenda_editor.py" line="202"/>
        <source>Remove segment {n}</source>
        <translation>Remover a etapa {n}</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="33"/>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="35"/>
        <source>Agenda</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add a segment</source>
        <translation>Adicionar uma etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="41"/>
        <source>Add…</source>
        <translation>Incluir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Change the selected segment's minutes</source>
        <translation>Mudar os minutos da etapa selecionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="43"/>
        <source>Minutes…</source>
        <translation>Minutos…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="45"/>
        <source>Remove the selected segment</source>
        <translation>Remover a etapa selecionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="46"/>
        <source>Move the selected segment earlier</source>
        <translation>Mover a etapa selecionada para antes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="47"/>
        <source>Move the selected segment later</source>
        <translation>Mover a etapa selecionada para depois</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>open</source>
        <translation>livre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="139"/>
        <source>round</source>
        <translation>rodada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="146"/>
        <source>{mark}  {name} · {minutes} min · {kind}</source>
        <translation>{mark}  {name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/agenda_panel.py" line="150"/>
        <source> · took {took}</source>
        <translation> · levou {took}</translation>
    </message>
</context>
<context>
    <name>AirtimeBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/airtime_bars.py" line="76"/>
        <source>Airtime</source>
        <translation>Tempo de fala</translation>
    </message>
</context>
<context>
    <name>AnnouncementSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="20"/>
        <source>Screen reader</source>
        <translation>Leitor de tela</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="24"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="25"/>
        <source>key moments</source>
        <translation>momentos-chave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="26"/>
        <source>key moments and each minute left</source>
        <translation>momentos-chave e cada minuto restante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="30"/>
        <source>What a session announces to a screen reader</source>
        <translation>O que um encontro anuncia a um leitor de tela</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="33"/>
        <source>During a session, &amp;announce</source>
        <translation>Durante um encontro, &amp;anunciar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/settings_box.py" line="40"/>
        <source>Key moments: a new speaker, a new segment, nearly done and over time. Your screen reader says them after what it is reading; only “over time” interrupts it. Without a screen reader nothing is said.</source>
        <translation>Momentos-chave: uma nova pessoa falando, uma nova etapa, quase no fim e passou do tempo. Seu leitor de tela os diz depois do que estiver lendo; só “passou do tempo” o interrompe. Sem leitor de tela, nada é dito.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="118"/>
        <source>Correct attendance</source>
        <translation>Corrigir presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="126"/>
        <source>— not recorded —</source>
        <translation>— não registrada —</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="138"/>
        <source>&amp;Save corrections</source>
        <translation>&amp;Salvar correções</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="142"/>
        <source>Attendance on {date}</source>
        <translation>Presença em {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="145"/>
        <source>Each change is recorded with today's date and shown on the session.</source>
        <translation>Cada alteração fica registrada com a data de hoje e aparece no encontro.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="53"/>
        <source>Attendance grid</source>
        <translation>Grade de presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="59"/>
        <source>{members} over {sessions}</source>
        <translation>{members} em {sessions}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="146"/>
        <source>Open {alias}'s page</source>
        <translation>Abrir a página de {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_grid.py" line="157"/>
        <source>Open the session of {date}</source>
        <translation>Abrir o encontro de {date}</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="32"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="59"/>
        <source>Corrected afterwards.</source>
        <translation>Corrigida depois.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/attendance_list.py" line="60"/>
        <source>Click to open their page.</source>
        <translation>Clique para abrir a página da pessoa.</translation>
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
        <translation>Aqui</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="92"/>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="93"/>
        <source>Left</source>
        <translation>Saiu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="94"/>
        <source>Excused</source>
        <translation>Avisou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="95"/>
        <source>Absent</source>
        <translation>Faltou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="98"/>
        <source>The member's number for the whole session: press it to queue them once they are here (0 then two digits from 10 up)</source>
        <translation>O número do participante durante todo o encontro: pressione-o para colocá-lo na fila quando ele estiver aqui (0 e depois dois dígitos, a partir do 10)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="102"/>
        <source>Click a name to add the member to the queue</source>
        <translation>Clique em um nome para colocar o participante na fila</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="103"/>
        <source>Present: click, or Enter on the row</source>
        <translation>Presente: clique, ou Enter na linha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="104"/>
        <source>Late: the first arrival time is kept</source>
        <translation>Chegou tarde: o horário da primeira chegada é mantido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="105"/>
        <source>Left early: the time is kept</source>
        <translation>Saiu mais cedo: o horário é mantido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="106"/>
        <source>Excused: told ahead they could not come</source>
        <translation>Falta justificada: avisou antes que não poderia vir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="107"/>
        <source>Absent without notice</source>
        <translation>Falta sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="112"/>
        <source>Speaking now</source>
        <translation>Falando agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="113"/>
        <source>Up next</source>
        <translation>A seguir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="114"/>
        <source>Waiting to speak</source>
        <translation>Esperando para falar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="118"/>
        <source>speaking now</source>
        <translation>falando agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="119"/>
        <source>up next</source>
        <translation>a seguir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="120"/>
        <source>waiting to speak</source>
        <translation>esperando para falar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="123"/>
        <source>here</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="124"/>
        <source>late</source>
        <translation>chegou tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="125"/>
        <source>left early</source>
        <translation>saiu mais cedo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="126"/>
        <source>excused</source>
        <translation>falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="127"/>
        <source>absent</source>
        <translation>falta sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="128"/>
        <source>not marked yet</source>
        <translation>ainda sem marcação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="188"/>
        <source>Number {n} for the whole session</source>
        <translation>Número {n} durante todo o encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="190"/>
        <source>Number {n}</source>
        <translation>Número {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>chosen</source>
        <translation>escolhido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="200"/>
        <source>not chosen</source>
        <translation>não escolhido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="204"/>
        <source>Attendance of {name}: one choice of {count}</source>
        <translation>Presença de {name}: uma opção entre {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_model.py" line="228"/>
        <source>Not marked yet</source>
        <translation>Ainda sem marcação</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="127"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="142"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="129"/>
        <source>&amp;All present</source>
        <translation>Todos &amp;aqui</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="130"/>
        <source>Mark everyone not marked yet as present (Alt+A)</source>
        <translation>Marcar como presentes todos os que ainda não foram marcados (Alt+A)</translation>
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
        <translation>Chegou &amp;tarde (chegando agora)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="196"/>
        <source>Left &amp;early (leaves now)</source>
        <translation>&amp;Saiu mais cedo (saindo agora)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="197"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="204"/>
        <source>E&amp;xcused</source>
        <translation>Falta &amp;justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="205"/>
        <source>&amp;Absent</source>
        <translation>&amp;Falta sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="202"/>
        <source>&amp;Late · came {time}</source>
        <translation>Chegou &amp;tarde · às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="203"/>
        <source>Left &amp;early · left {time}</source>
        <translation>&amp;Saiu mais cedo · às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="210"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="211"/>
        <source>One guest fewer</source>
        <translation>Um visitante a menos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="214"/>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="215"/>
        <source>One more guest</source>
        <translation>Mais um visitante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="225"/>
        <source>Guests (not members):</source>
        <translation>Visitantes (não participantes):</translation>
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
            <numerusform>%n chegou tarde</numerusform>
            <numerusform>%n chegaram tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="254"/>
        <source>%n not marked</source>
        <translation>
            <numerusform>%n sem marcação</numerusform>
            <numerusform>%n sem marcação</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="310"/>
        <source>Letters do not mark attendance: Enter on a member (or M then their number) opens the choice, or click the status.</source>
        <translation>Letras não marcam presença: Enter em um participante (ou M e o número dele) abre as opções, ou clique na situação.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="61"/>
        <source>Only the &amp;current group</source>
        <translation>Só o grupo a&amp;tual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>Last sessions</source>
        <translation>Últimos encontros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="67"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="70"/>
        <source>Their last attendance marks, oldest on the left</source>
        <translation>As últimas marcações de presença, da mais antiga (à esquerda) para a mais recente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="72"/>
        <source>What needs attention</source>
        <translation>O que precisa de atenção</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="90"/>
        <source>Double-click a line, or select it and press Enter, to open it.</source>
        <translation>Dê um clique duplo em uma linha, ou selecione-a e pressione Enter, para abri-la.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="96"/>
        <source>Selected</source>
        <translation>Selecionado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="101"/>
        <source>Their airtime share in recent sessions; letters: attendance.</source>
        <translation>A participação no tempo de fala nos últimos encontros; letras: presença.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="108"/>
        <source>The selected note</source>
        <translation>A anotação selecionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="109"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="111"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;feito</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="112"/>
        <source>The note's follow-up is done; it leaves this list</source>
        <translation>O acompanhamento desta anotação foi feito; ela sai desta lista</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="152"/>
        <source>Follow-ups</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention.py" line="214"/>
        <source>Nothing needs following up right now.</source>
        <translation>Nada para acompanhar no momento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="162"/>
        <source>Missed sessions without notice</source>
        <translation>Faltas sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="163"/>
        <source>Quiet lately</source>
        <translation>Em silêncio ultimamente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="166"/>
        <source>Notes to follow up</source>
        <translation>Anotações para acompanhar</translation>
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
            <numerusform>Em todos os seus grupos: %Ln item para acompanhar.</numerusform>
            <numerusform>Em todos os seus grupos: %Ln itens para acompanhar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="206"/>
        <source>Who to call, who to draw in, what you promised.</source>
        <translation>Para quem ligar, quem trazer para a conversa, o que você prometeu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="211"/>
        <source>Open the note</source>
        <translation>Abrir a anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="213"/>
        <source>Open the member's page (the note is listed there)</source>
        <translation>Abrir a página do participante (a anotação está listada lá)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="214"/>
        <source>The note is shown on the right</source>
        <translation>A anotação aparece à direita</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="217"/>
        <source>Open the member's page</source>
        <translation>Abrir a página do participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open member</source>
        <translation>&amp;Abrir participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="231"/>
        <source>&amp;Open note</source>
        <translation>&amp;Abrir anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="239"/>
        <source>Follow up by {date}.</source>
        <translation>Acompanhar até {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="243"/>
        <source>&amp;Open their page</source>
        <translation>&amp;Abrir a página</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="284"/>
        <source>Follow-up marked as done.</source>
        <translation>Acompanhamento marcado como feito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="293"/>
        <source>{alias} missed %Ln sessions in a row without notice</source>
        <translation>
            <numerusform>{alias} faltou a %Ln encontro seguido sem avisar</numerusform>
            <numerusform>{alias} faltou a %Ln encontros seguidos sem avisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="294"/>
        <source>{alias} · %Ln in a row</source>
        <translation>
            <numerusform>{alias} · %Ln falta seguida</numerusform>
            <numerusform>{alias} · %Ln faltas seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="297"/>
        <source>{alias} has said little for %Ln sessions in a row</source>
        <translation>
            <numerusform>{alias} falou pouco em %Ln encontro seguido</numerusform>
            <numerusform>{alias} falou pouco em %Ln encontros seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="298"/>
        <source>{alias} · %Ln sessions</source>
        <translation>
            <numerusform>{alias} · %Ln encontro</numerusform>
            <numerusform>{alias} · %Ln encontros</numerusform>
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
        <translation>ddd, d 'de' MMM 'de' yyyy, {time}</translation>
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
            <numerusform>%Ln encontro</numerusform>
            <numerusform>%Ln encontros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="64"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln anotação</numerusform>
            <numerusform>%Ln anotações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="79"/>
        <source>Backup made. Damaged records found while checking it: %Ln (they are damaged in the workspace too and cannot be read). Everything else was verified and is in the backup.</source>
        <translation>
            <numerusform>Backup feito. Registro danificado encontrado na verificação: %Ln (ele também está danificado no espaço de trabalho e não pode ser lido). Todo o resto foi verificado e está no backup.</numerusform>
            <numerusform>Backup feito. Registros danificados encontrados na verificação: %Ln (eles também estão danificados no espaço de trabalho e não podem ser lidos). Todo o resto foi verificado e está no backup.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="96"/>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="110"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="101"/>
        <source>A verified copy is made when you close the app and once a day while it is open. Backups are encrypted like the workspace and open with the same passphrase.</source>
        <translation>Uma cópia verificada é feita quando você fecha o app e uma vez por dia enquanto ele está aberto. Os backups são criptografados como o espaço de trabalho e abrem com a mesma frase-senha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Holds</source>
        <translation>Contém</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="111"/>
        <source>Made</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="117"/>
        <source>The computer's clock was changed between backups, so their dates are out of order. The list shows them in the order they were made, newest first.</source>
        <translation>O relógio do computador foi alterado entre um backup e outro, por isso as datas estão fora de ordem. A lista mostra os backups na ordem em que foram feitos, do mais recente para o mais antigo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="131"/>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Manter os</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="136"/>
        <source>backups</source>
        <translation>backups mais recentes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="140"/>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="142"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="145"/>
        <source>&amp;Export for another laptop…</source>
        <translation>&amp;Exportar para outro notebook…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="179"/>
        <source>No backups yet.</source>
        <translation>Nenhum backup ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="195"/>
        <source>Backup made and verified.</source>
        <translation>Backup feito e verificado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="218"/>
        <source>Restore this backup?</source>
        <translation>Restaurar este backup?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="220"/>
        <source>Go back to the backup made {made}?</source>
        <extracomment>{made} is when the backup was made, as the list shows it.</extracomment>
        <translation>Voltar ao backup feito em {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="221"/>
        <source>Everything changed since then is replaced. The current state is backed up first, so you can come back to it. You will unlock again afterwards.</source>
        <translation>Tudo o que mudou desde então será substituído. Antes, é feito um backup do estado atual, para que você possa voltar a ele. Depois, você precisará desbloquear de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="225"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="234"/>
        <source>Export the workspace</source>
        <translation>Exportar o espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="236"/>
        <source>Facilitator workspace (*.fdw)</source>
        <translation>Espaço de trabalho do Facilitator (*.fdw)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="248"/>
        <source>Exported. On the new laptop choose Import… and use the same passphrase.</source>
        <translation>Exportado. No novo notebook, escolha Importar… e use a mesma frase-senha.</translation>
    </message>
    <message>
        <source>Go back to the backup made %s?</source>
        <translation type="vanished">Voltar ao backup feito em %s?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="50"/>
        <source>Change passphrase</source>
        <translation>Trocar frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="53"/>
        <source>Change your passphrase</source>
        <translation>Troque sua frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="54"/>
        <source>Current passphrase</source>
        <translation>Frase-senha atual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase-senha at&amp;ual:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="68"/>
        <source>Why are you changing it?</source>
        <translation>Por que você está trocando?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="69"/>
        <source>&amp;Routine change: nobody else knows the old one</source>
        <translation>&amp;Troca de rotina: ninguém mais conhece a antiga</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="70"/>
        <source>&amp;Someone may know the old one, or saw it typed</source>
        <translation>&amp;Alguém pode conhecer a antiga ou me viu digitando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="87"/>
        <source>C&amp;hange passphrase</source>
        <translation>Tr&amp;ocar frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="138"/>
        <source>A new workspace key is made and every private detail is re-encrypted, backups included, so a copy of the old key is useless. A recovery key stops working; a new one is shown to print.</source>
        <translation>Uma nova chave do espaço de trabalho é criada e todos os dados privados são criptografados de novo, inclusive nos backups, então uma cópia da chave antiga não serve para nada. A chave de recuperação deixa de funcionar; uma nova aparece para você imprimir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="144"/>
        <source>Only the lock on the workspace key changes, in the workspace and in every backup: from now on only the new passphrase opens them.</source>
        <translation>Só muda a fechadura da chave do espaço de trabalho, nele e em todos os backups: de agora em diante, só a nova frase-senha os abre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="167"/>
        <source>That is the passphrase you have now.</source>
        <translation>Essa é a frase-senha que você já usa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="187"/>
        <source>Checking the current passphrase…</source>
        <translation>Verificando a frase-senha atual…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="211"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Essa não é a frase-senha atual. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="218"/>
        <source>The passphrase could not be changed: {reason}</source>
        <translation>Não foi possível trocar a frase-senha: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/change_passphrase.py" line="224"/>
        <source>The passphrase could not be changed ({kind}). Nothing was changed.</source>
        <translation>Não foi possível trocar a frase-senha ({kind}). Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="39"/>
        <source>No sessions to show.</source>
        <translation>Nenhum encontro para mostrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="42"/>
        <source>One session, {date}.</source>
        <translation>Um encontro, {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="44"/>
        <source>{count} from {first} to {last}.</source>
        <translation>{count}, de {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="53"/>
        <source>Lowest {low} ({low_date}), highest {high} ({high_date}).</source>
        <translation>Mínimo {low} ({low_date}), máximo {high} ({high_date}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/accessibility/chart_words.py" line="59"/>
        <source>Latest first: {values}.</source>
        <translation>Mais recentes primeiro: {values}.</translation>
    </message>
</context>
<context>
    <name>CheckinLine</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="58"/>
        <source>No check-in scores recorded for them yet.</source>
        <translation>Nenhuma nota da abertura registrada para esta pessoa ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="60"/>
        <source>Check-in score, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Nota da abertura, um encontro, {date}: {score} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="68"/>
        <source>Check-in scores, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Notas da abertura, {n} encontros de {first} a {last}: última {latest}, mínima {lowest}, máxima {highest} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="88"/>
        <source>No check-in scores recorded in this group yet.</source>
        <translation>Nenhuma nota da abertura registrada neste grupo ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="90"/>
        <source>Group check-in average, one session, {date}: {score} (scale {low} to {high}).</source>
        <translation>Média do grupo na abertura, um encontro, {date}: {score} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="100"/>
        <source>Group check-in average, {n} sessions from {first} to {last}: latest {latest}, lowest {lowest}, highest {highest} (scale {low} to {high}).</source>
        <translation>Média do grupo na abertura, {n} encontros de {first} a {last}: última {latest}, mínima {lowest}, máxima {highest} (escala de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="123"/>
        <source>One score could not be read (damaged) and is left out.</source>
        <translation>Uma nota não pôde ser lida (danificada) e ficou de fora.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="127"/>
        <source>{n} scores could not be read (damaged) and are left out.</source>
        <translation>{n} notas não puderam ser lidas (danificadas) e ficaram de fora.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <source>Check-in average per session</source>
        <translation>Média da abertura por encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="148"/>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Check-in scores</source>
        <translation>Notas da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="152"/>
        <source>Group check-in average</source>
        <translation>Média do grupo na abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="156"/>
        <source>Check-in summary</source>
        <translation>Resumo das notas da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="158"/>
        <source>Dots: the average of the scores said in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Pontos: a média das notas ditas em cada encontro; linha tracejada: a média dos últimos 4. Clique em um ponto para abrir aquele encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="163"/>
        <source>Dots: their score in each session; dashed line: the average of the last 4. Click a dot to open that session.</source>
        <translation>Pontos: a nota da pessoa em cada encontro; linha tracejada: a média dos últimos 4. Clique em um ponto para abrir aquele encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>average</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/checkin_line.py" line="216"/>
        <source>check-in</source>
        <translation>abertura</translation>
    </message>
</context>
<context>
    <name>CheckinScaleEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="53"/>
        <source>Lowest check-in score</source>
        <translation>Nota mínima da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="54"/>
        <source>Highest check-in score</source>
        <translation>Nota máxima da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="57"/>
        <source>How are you arriving today?</source>
        <translation>Como você está chegando hoje?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="58"/>
        <source>Check-in question</source>
        <translation>Pergunta da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="62"/>
        <source>Each member rates themselves aloud in the check-in round; S then the number records it. Higher means better. Scores stay private: never on the room display.</source>
        <translation>Na rodada de abertura, cada participante se dá uma nota em voz alta; S e depois o número registra a nota. Quanto mais alta, melhor. As notas são privadas: nunca aparecem na tela da sala.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="71"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/checkin_scale_editor.py" line="72"/>
        <source>ask&amp;ed:</source>
        <translation>per&amp;gunta:</translation>
    </message>
</context>
<context>
    <name>CompareStep</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="22"/>
        <source>Compare the safety number</source>
        <translation>Compare o número de segurança</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="26"/>
        <source>If a single digit differs, stop: someone may have changed the card on its way. Exchange cards again in person.</source>
        <translation>Se um único dígito for diferente, pare: alguém pode ter trocado o cartão no caminho. Troquem os cartões de novo, pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/compare_step.py" line="34"/>
        <source>&amp;Type the digits you both see:</source>
        <translation>&amp;Digite os dígitos que vocês dois veem:</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="44"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="48"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/confirm_passphrase.py" line="85"/>
        <source>That is not the passphrase of this workspace.</source>
        <translation>Essa não é a frase-senha deste espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="74"/>
        <source>The connection failed ({kind}).</source>
        <translation>A conexão falhou ({kind}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="77"/>
        <source>Connected: the server answered and accepted the role.</source>
        <translation>Conectado: o servidor respondeu e aceitou o papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="89"/>
        <source>The server refused the role or the password. Check both with your agency.</source>
        <translation>O servidor recusou o papel ou a senha. Confira os dois com sua instituição.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="91"/>
        <source>The server has no database of that name. Check the database's name.</source>
        <translation>O servidor não tem um banco de dados com esse nome. Confira o nome do banco de dados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="93"/>
        <source>The server has no role of that name. Check the role.</source>
        <translation>O servidor não tem um papel com esse nome. Confira o papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="95"/>
        <source>The server offers no verified encrypted (TLS) connection, which is required for every server but this computer. Ask your agency for its certificate set-up.</source>
        <translation>O servidor não oferece uma conexão criptografada (TLS) verificada, que é obrigatória para todo servidor que não seja este computador. Peça à sua instituição a configuração de certificado dela.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="100"/>
        <source>Nothing answered in time at that address. Check the address, or the network.</source>
        <translation>Nada respondeu a tempo nesse endereço. Confira o endereço ou a rede.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="102"/>
        <source>No server of that name was found. Check the address, or the network.</source>
        <translation>Nenhum servidor com esse nome foi encontrado. Confira o endereço ou a rede.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="104"/>
        <source>Nothing answers at that address and port. Check both, or the network.</source>
        <translation>Nada responde nesse endereço e porta. Confira os dois ou a rede.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/connection_test.py" line="105"/>
        <source>The server could not be reached: {detail}</source>
        <translation>Não foi possível alcançar o servidor: {detail}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="64"/>
        <source>{alias}: attendance {before} → {after}</source>
        <translation>{alias}: presença {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="66"/>
        <source>not recorded</source>
        <translation>não registrada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="77"/>
        <source>turn moved from {before} to {after}</source>
        <translation>fala passada de {before} para {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="85"/>
        <source>length {before} → {after}</source>
        <translation>duração {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>marked as a pass</source>
        <translation>marcada como passe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="92"/>
        <source>not a pass</source>
        <translation>não é passe</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="93"/>
        <source>A turn: {changes}</source>
        <translation>Uma fala: {changes}</translation>
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
            <numerusform>%Ln fala</numerusform>
            <numerusform>%Ln falas</numerusform>
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
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="102"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln encontro</numerusform>
            <numerusform>%Ln encontros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="106"/>
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln visitante</numerusform>
            <numerusform>%Ln visitantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="110"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln presente</numerusform>
            <numerusform>%Ln presentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="25"/>
        <source>A short report could not be written on this computer (the disk may be full or read-only).</source>
        <translation>Não foi possível gravar um breve relatório neste computador (o disco pode estar cheio ou protegido contra gravação).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="29"/>
        <source>A short report was written on this computer. It records only where in the program the problem happened: no names, notes or other text from your workspace. Nothing is sent anywhere.</source>
        <translation>Um breve relatório foi gravado neste computador. Ele registra apenas em que parte do programa o problema aconteceu: nenhum nome, anotação ou outro texto do seu espaço de trabalho. Nada é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="49"/>
        <source>Facilitator Desktop could not start: it met a problem it did not expect.</source>
        <translation>O Facilitator Desktop não conseguiu iniciar: encontrou um problema inesperado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="51"/>
        <source>What you saved before is safe. Please try starting it again.</source>
        <translation>O que você salvou antes está seguro. Tente iniciar de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="53"/>
        <source>Facilitator Desktop met a problem it did not expect.</source>
        <translation>O Facilitator Desktop encontrou um problema inesperado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="54"/>
        <source>What you saved is safe. If something on screen looks wrong, save what you can and restart the app.</source>
        <translation>O que você salvou está seguro. Se algo na tela parecer errado, salve o que puder e reinicie o app.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="63"/>
        <source>Open log folder</source>
        <translation>Abrir pasta de registros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="72"/>
        <source>It has happened %Ln times since this message appeared.</source>
        <translation>
            <numerusform>Isso aconteceu %Ln vez desde que esta mensagem apareceu.</numerusform>
            <numerusform>Isso aconteceu %Ln vezes desde que esta mensagem apareceu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="63"/>
        <source>Create your workspace</source>
        <translation>Crie seu espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="65"/>
        <source>Your groups, members and notes stay on this computer, in one workspace encrypted with a passphrase that only you know.</source>
        <translation>Seus grupos, participantes e anotações ficam neste computador, em um espaço de trabalho criptografado com uma frase-senha que só você conhece.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="90"/>
        <source>&lt;b&gt;Write your passphrase down and keep it somewhere safe.&lt;/b&gt; If it is forgotten, the workspace cannot be opened and nobody can recover it: there is no reset and no back door.</source>
        <translation>&lt;b&gt;Anote sua frase-senha e guarde-a em um lugar seguro.&lt;/b&gt; Se ela for esquecida, o espaço de trabalho não poderá ser aberto e ninguém poderá recuperá-lo: não há redefinição nem acesso alternativo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="103"/>
        <source>Also create a recovery &amp;key now</source>
        <translation>Criar também uma chave de &amp;recuperação agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="105"/>
        <source>A second key, shown once for you to print, that opens the workspace if the passphrase is forgotten. You can also create it later in Settings.</source>
        <translation>Uma segunda chave, mostrada uma única vez para você imprimir, que abre o espaço de trabalho se a frase-senha for esquecida. Você também pode criá-la depois, em Configurações.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="117"/>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="188"/>
        <source>&amp;Create workspace</source>
        <translation>&amp;Criar espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="121"/>
        <source>&amp;Import from another laptop…</source>
        <translation>&amp;Importar de outro notebook…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="123"/>
        <source>Open a workspace exported with Backups ▸ Export, with its passphrase</source>
        <translation>Abrir um espaço de trabalho exportado em Backups ▸ Exportar, com a frase-senha dele</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="170"/>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="179"/>
        <source>The workspace could not be created: {reason}</source>
        <translation>Não foi possível criar o espaço de trabalho: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="205"/>
        <source>Import a workspace</source>
        <translation>Importar um espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/create_dialog.py" line="207"/>
        <source>Facilitator workspace (*.fdw *.db);;All files (*)</source>
        <translation>Espaço de trabalho do Facilitator (*.fdw *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>DefaultAgenda</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="28"/>
        <source>Check-in</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="29"/>
        <source>Discussion</source>
        <translation>Partilha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="30"/>
        <source>Check-out</source>
        <translation>Encerramento</translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="36"/>
        <source>It leaves History for good, with everything recorded in it:</source>
        <translation>Ele sai do Histórico para sempre, com tudo o que foi registrado nele:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="37"/>
        <source>attendance of %Ln members</source>
        <translation>
            <numerusform>presença de %Ln participante</numerusform>
            <numerusform>presença de %Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="38"/>
        <source>%Ln turns and passes, and the session's timeline</source>
        <translation>
            <numerusform>%Ln fala ou passe, e a linha do tempo do encontro</numerusform>
            <numerusform>%Ln falas e passes, e a linha do tempo do encontro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="39"/>
        <source>planned and actual times of %Ln segments</source>
        <translation>
            <numerusform>tempos previsto e realizado de %Ln etapa</numerusform>
            <numerusform>tempos previstos e realizados de %Ln etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="42"/>
        <source>%Ln corrections made afterwards</source>
        <translation>
            <numerusform>%Ln correção feita depois</numerusform>
            <numerusform>%Ln correções feitas depois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="43"/>
        <source>Follow-ups, insights and members' pages are counted again without it.</source>
        <translation>Acompanhamento, panorama e páginas dos participantes são recalculados sem ele.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="46"/>
        <source>Its %Ln notes are kept, with their group and members, no longer linked to a session, unless you tick the box below.</source>
        <translation>
            <numerusform>A %Ln anotação dele é mantida, com o grupo e os participantes, mas sem vínculo com um encontro, a menos que você marque a caixa abaixo.</numerusform>
            <numerusform>As %Ln anotações dele são mantidas, com o grupo e os participantes, mas sem vínculo com um encontro, a menos que você marque a caixa abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="53"/>
        <source>No notes were written in it.</source>
        <translation>Nenhuma anotação foi escrita nele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="54"/>
        <source>Backups made before now still hold it until newer backups replace them.</source>
        <translation>Os backups feitos até agora ainda o contêm, até serem substituídos por backups mais novos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="59"/>
        <source>Also delete its %Ln notes</source>
        <translation>
            <numerusform>Excluir também a %Ln anotação dele</numerusform>
            <numerusform>Excluir também as %Ln anotações dele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="61"/>
        <source>(%Ln are open follow-ups)</source>
        <translation>
            <numerusform>(%Ln é acompanhamento em aberto)</numerusform>
            <numerusform>(%Ln são acompanhamentos em aberto)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="70"/>
        <source>Delete session</source>
        <translation>Excluir encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="72"/>
        <source>Delete the session of {date}, {time}?</source>
        <translation>Excluir o encontro de {date}, {time}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="82"/>
        <source>&amp;Delete session</source>
        <translation>&amp;Excluir encontro</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="92"/>
        <source>Erase member</source>
        <translation>Apagar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="96"/>
        <source>Erase {alias} for good?</source>
        <translation>Apagar {alias} para sempre?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="101"/>
        <source>Type the alias to confirm</source>
        <translation>Digite o nome no grupo para confirmar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="106"/>
        <source>Type “{alias}” to confirm:</source>
        <translation>Digite “{alias}” para confirmar:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="113"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Apagar para sempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="136"/>
        <source>their alias, full name, contact and remarks;</source>
        <translation>o nome no grupo, o nome completo, o contato e as observações da pessoa;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="137"/>
        <source>their attendance and speaking turns in every session;</source>
        <translation>a presença e as falas dela em todos os encontros;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="140"/>
        <source>the %Ln notes that are only about them.</source>
        <translation>
            <numerusform>a %Ln anotação que trata só dela.</numerusform>
            <numerusform>as %Ln anotações que tratam só dela.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="141"/>
        <source>all of this in every backup in the data folder, too.</source>
        <translation>tudo isso também em todos os backups da pasta de dados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="142"/>
        <source>&lt;p&gt;This removes, for good:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Isto remove, para sempre:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="145"/>
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</source>
        <translation>
            <numerusform>A %Ln anotação que também trata de outros participantes é mantida, mas sem o vínculo com {alias}. O nome no grupo, o nome e os contatos da pessoa são substituídos por “[former member]” onde quer que apareçam nas anotações do grupo, em qualquer grafia.</numerusform>
            <numerusform>As %Ln anotações que também tratam de outros participantes são mantidas, mas sem o vínculo com {alias}. O nome no grupo, o nome e os contatos da pessoa são substituídos por “[former member]” onde quer que apareçam nas anotações do grupo, em qualquer grafia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="153"/>
        <source>&lt;p&gt;&lt;b&gt;What stays, out of the app's reach:&lt;/b&gt; member records, CSV files, session summaries and copies for another laptop already exported, and anything printed. Ask for those back or destroy them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;O que fica fora do alcance do app:&lt;/b&gt; fichas de participantes, arquivos CSV, resumos de encontros e cópias para outro notebook já exportados, e qualquer coisa impressa. Peça tudo isso de volta ou destrua.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="158"/>
        <source>&lt;p&gt;This cannot be undone. To give them a copy of their record first, cancel and use &lt;i&gt;Export member record…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Isso não pode ser desfeito. Para entregar antes uma cópia da ficha à pessoa, cancele e use &lt;i&gt;Exportar ficha do participante…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “{marker}” wherever they appear in the group's notes, in any spelling.</source>
        <translation type="vanished">
            <numerusform>%Ln anotação que também fala de outros participantes é mantida: o vínculo de {alias} com ela é removido. O nome no grupo, o nome e os contatos dessa pessoa são substituídos por “{marker}” onde aparecerem nas anotações do grupo, em qualquer grafia.</numerusform>
            <numerusform>%Ln anotações que também falam de outros participantes são mantidas: o vínculo de {alias} com elas é removido. O nome no grupo, o nome e os contatos dessa pessoa são substituídos por “{marker}” onde aparecerem nas anotações do grupo, em qualquer grafia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="206"/>
        <source>{name} has {items} items; {count} answers were given.</source>
        <translation>{name} tem {items} itens; respostas dadas: {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="233"/>
        <source>no</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="246"/>
        <source>The total</source>
        <translation>O total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="248"/>
        <source>Item {number}</source>
        <translation>O item {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="251"/>
        <location filename="../../facilitator_desktop/domain/measures.py" line="253"/>
        <source>{what} must be a number.</source>
        <translation>{what} precisa ser um número.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a number with one decimal</source>
        <translation>um número com uma casa decimal</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="258"/>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="260"/>
        <source>{what} must be {step}.</source>
        <translation>{what} precisa ser {step}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="265"/>
        <source>{what} must be from {low} to {high}.</source>
        <translation>{what} precisa estar entre {low} e {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="307"/>
        <source>The standard deviation must be above 0.</source>
        <translation>O desvio padrão precisa ser maior que 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="309"/>
        <source>The reliability must be from 0 to below 1.</source>
        <translation>A confiabilidade precisa ser de 0 até menos de 1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="333"/>
        <source>Give the measure a name, for example ORS.</source>
        <translation>Dê um nome ao questionário, por exemplo ORS.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="336"/>
        <location filename="../../facilitator_desktop/domain/validation.py" line="64"/>
        <source>Keep the name to {limit} characters or fewer.</source>
        <translation>Use no máximo {limit} caracteres no nome.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="339"/>
        <source>Answers are whole numbers or tenths.</source>
        <translation>As respostas são números inteiros ou com uma casa decimal.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="341"/>
        <source>A measure has 1 to {limit} items.</source>
        <translation>Um questionário tem de 1 a {limit} itens.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="346"/>
        <source>An item's range is whole numbers from {low} to {high}.</source>
        <translation>As respostas de um item vão de {low} a {high}, em números inteiros.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="351"/>
        <source>The highest answer must be above the lowest.</source>
        <translation>A resposta mais alta precisa ser maior que a mais baixa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="366"/>
        <source>The reliable change must be a number.</source>
        <translation>A mudança confiável precisa ser um número.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="370"/>
        <source>The reliable change must be above 0 and at most {span} (the whole range of the total).</source>
        <translation>A mudança confiável precisa ser maior que 0 e no máximo {span} (toda a amplitude do total).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="395"/>
        <source>Use {limit} bands or fewer.</source>
        <translation>Use no máximo {limit} faixas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="401"/>
        <source>Band {position} needs a name, for example “mild”.</source>
        <translation>A faixa {position} precisa de um nome, por exemplo “leve”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="406"/>
        <source>Keep band {position}'s name to {limit} characters or fewer.</source>
        <translation>Use no máximo {limit} caracteres no nome da faixa {position}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="410"/>
        <source>Each end of band {position}</source>
        <translation>Cada extremo da faixa {position}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="418"/>
        <source>Band {position} ends before it starts.</source>
        <translation>A faixa {position} termina antes de começar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/measures.py" line="426"/>
        <source>The bands “{earlier}” and “{later}” overlap.</source>
        <translation>As faixas “{earlier}” e “{later}” se sobrepõem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="61"/>
        <source>Give the group a name.</source>
        <translation>Dê um nome ao grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="67"/>
        <source>Write the time as HH:MM, for example 18:30.</source>
        <translation>Escreva o horário como HH:MM, por exemplo 18:30.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="69"/>
        <source>A session lasts between 10 and 480 minutes.</source>
        <translation>Um encontro dura entre 10 e 480 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="71"/>
        <source>The speaker limit is 1 to 60 minutes.</source>
        <translation>O limite por fala vai de 1 a 60 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="75"/>
        <source>Segment {position} needs a name.</source>
        <translation>A etapa {position} precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="79"/>
        <source>Segment {position} needs 1 to 480 minutes.</source>
        <translation>A etapa {position} precisa ter de 1 a 480 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="83"/>
        <source>Segment {position} must be a round or open.</source>
        <translation>A etapa {position} precisa ser uma rodada ou conversa livre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="90"/>
        <source>An alias is required: the first name the room sees.</source>
        <translation>O nome no grupo é obrigatório: é o primeiro nome que a sala vê.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="93"/>
        <source>Keep the alias to {limit} characters or fewer.</source>
        <translation>Use no máximo {limit} caracteres no nome no grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="100"/>
        <source>Give the card a short title.</source>
        <translation>Dê um título curto ao cartão.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="104"/>
        <source>Titles are at most {limit} characters (this one has {length}).</source>
        <translation>Os títulos têm no máximo {limit} caracteres (este tem {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="109"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Escreva o combinado em uma frase simples.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="113"/>
        <source>Keep the statement under {limit} characters.</source>
        <translation>Use menos de {limit} caracteres na frase.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/domain/validation.py" line="119"/>
        <source>Keep the reason under {limit} characters: it prints under the rule.</source>
        <translation>Use menos de {limit} caracteres no porquê: ele é impresso abaixo do combinado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="70"/>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="84"/>
        <source>There is no workspace in this folder yet.</source>
        <translation>Ainda não há um espaço de trabalho nesta pasta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="88"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Essa frase-senha não desbloqueia este espaço de trabalho. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="92"/>
        <source>This workspace is damaged and cannot be opened. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Este espaço de trabalho está danificado e não pode ser aberto. Nada foi alterado no disco. Restaure um backup, ou guarde a pasta como está e peça ajuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="99"/>
        <source>The part of this workspace that your passphrase opens is damaged. Your recovery key still opens it: choose “Use recovery key”. Nothing has been changed on disk.</source>
        <translation>A parte deste espaço de trabalho que sua frase-senha abre está danificada. Sua chave de recuperação ainda o abre: escolha “Use a chave de recuperação”. Nada foi alterado no disco.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="106"/>
        <source>This workspace was saved by a newer version of Facilitator Desktop. Please update the app to open it; nothing has been changed.</source>
        <translation>Este espaço de trabalho foi salvo por uma versão mais nova do Facilitator Desktop. Atualize o app para abri-lo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="113"/>
        <source>A workspace already exists in this folder.</source>
        <translation>Já existe um espaço de trabalho nesta pasta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="122"/>
        <source>This file cannot be imported. Nothing has been changed.</source>
        <translation>Não é possível importar este arquivo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="129"/>
        <source>This file cannot be imported: {reason} Nothing has been changed.</source>
        <translation>Não é possível importar este arquivo: {reason} Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="137"/>
        <source>That recovery key does not unlock this workspace. Check each group of four.</source>
        <translation>Essa chave de recuperação não desbloqueia este espaço de trabalho. Confira cada grupo de quatro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="143"/>
        <source>This workspace is already open in another copy of the app.</source>
        <translation>Este espaço de trabalho já está aberto em outra janela do app.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="147"/>
        <source>The workspace could not be saved because of a problem with the disk. What you see is kept in memory; please do not close the app yet.</source>
        <translation>Não foi possível salvar o espaço de trabalho por causa de um problema no disco. O que você está vendo continua na memória; não feche o app ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="154"/>
        <source>The disk is full, so the last change could not be saved. Free some space (nothing shown has been lost) and try again.</source>
        <translation>O disco está cheio, por isso a última alteração não foi salva. Libere espaço (nada do que aparece na tela se perdeu) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="161"/>
        <source>The data folder is read-only, so nothing can be saved there. Choose a folder you can write to, or change its permissions.</source>
        <translation>A pasta de dados é somente leitura, então nada pode ser salvo nela. Escolha uma pasta onde você possa gravar ou mude as permissões dela.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="171"/>
        <source>The disk holding the workspace has become read-only, so the last change could not be saved. What you see is kept in memory: do not close the app yet, and check the disk (a loose cable, a memory stick's lock switch).</source>
        <translation>O disco do espaço de trabalho passou a ser somente leitura, por isso a última alteração não foi salva. O que você está vendo continua na memória: não feche o app ainda e verifique o disco (um cabo solto, a trava de um pen drive).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="180"/>
        <source>The workspace key is being changed, so this could not be saved yet. What you see is kept and saved in a moment.</source>
        <translation>A chave do espaço de trabalho está sendo trocada, por isso isto ainda não foi salvo. O que você está vendo fica guardado e será salvo em instantes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="187"/>
        <source>The workspace is locked. Unlock it to see private details.</source>
        <translation>O espaço de trabalho está bloqueado. Desbloqueie para ver os dados privados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="195"/>
        <source>This record is damaged and cannot be shown.</source>
        <translation>Este registro está danificado e não pode ser mostrado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="200"/>
        <source>This record is damaged and cannot be changed. Everything else is fine; a backup may hold an intact copy.</source>
        <translation>Este registro está danificado e não pode ser alterado. Todo o resto está bem; um backup pode ter uma cópia intacta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="210"/>
        <source>Another member's record is damaged, so their names cannot be looked for and removed from this export. Nothing has been exported.</source>
        <translation>O registro de outro participante está danificado, por isso não é possível procurar e remover os nomes dele desta exportação. Nada foi exportado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/errors.py" line="217"/>
        <source>That item no longer exists.</source>
        <translation>Esse item não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="79"/>
        <source>This workspace could not be brought up to date for this version of Facilitator Desktop. It has been left exactly as it was, and a backup was made first. Please keep the folder as it is and ask for help.</source>
        <translation>Não foi possível atualizar este espaço de trabalho para esta versão do Facilitator Desktop. Ele ficou exatamente como estava, e um backup foi feito antes. Guarde a pasta como está e peça ajuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="89"/>
        <source>The disk is full, so this workspace could not be brought up to date for this version of Facilitator Desktop. Nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>O disco está cheio, por isso não foi possível atualizar este espaço de trabalho para esta versão do Facilitator Desktop. Nada foi alterado. Libere espaço no disco e desbloqueie de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="99"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The backup could not be written or did not pass its check, so nothing has been changed and your earlier backups are untouched.</source>
        <translation>Esta versão do Facilitator Desktop atualiza o espaço de trabalho e faz um backup antes. O backup não pôde ser gravado ou não passou na verificação, então nada foi alterado e seus backups anteriores estão intactos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/models/migrate.py" line="104"/>
        <source>This version of Facilitator Desktop brings the workspace up to date, and makes a backup first. The disk is full, so the backup could not be written and nothing has been changed. Free some disk space, then unlock again.</source>
        <translation>Esta versão do Facilitator Desktop atualiza o espaço de trabalho e faz um backup antes. O disco está cheio, então o backup não pôde ser gravado e nada foi alterado. Libere espaço no disco e desbloqueie de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/rehearsal.py" line="40"/>
        <source>A rehearsal keeps nothing: there is nothing to back up or export.</source>
        <translation>Um ensaio não guarda nada: não há nada para salvar em backup nem exportar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="33"/>
        <source>That member or rule set no longer exists.</source>
        <translation>Esse participante ou essa versão dos combinados não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/acknowledgements.py" line="35"/>
        <source>That rule set belongs to another group.</source>
        <translation>Esses combinados são de outro grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="56"/>
        <source>The backup could not be written or did not pass its check. Your earlier backups are untouched.</source>
        <translation>O backup não pôde ser gravado ou não passou na verificação. Seus backups anteriores estão intactos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="169"/>
        <source>The backup copy failed SQLite's integrity check.</source>
        <translation>A cópia de backup não passou na verificação de integridade do SQLite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="173"/>
        <source>The backup copy does not hold this workspace's vault.</source>
        <translation>A cópia de backup não contém o cofre deste espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="177"/>
        <source>The backup copy's vault is damaged.</source>
        <translation>O cofre da cópia de backup está danificado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/backups.py" line="186"/>
        <source>The backup copy cannot be read back.</source>
        <translation>Não é possível ler a cópia de backup de volta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="40"/>
        <source>A check-in scale goes in whole numbers.</source>
        <translation>A escala da abertura usa números inteiros.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="44"/>
        <source>A check-in scale goes up, from {lowest} at the lowest to {highest} at the highest (for example 0 to 10, or 1 to 5).</source>
        <translation>A escala da abertura vai do menor para o maior: de {lowest} no mínimo a {highest} no máximo (por exemplo, de 0 a 10 ou de 1 a 5).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="53"/>
        <source>The check-in question is one line.</source>
        <translation>A pergunta da abertura ocupa uma linha só.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="57"/>
        <source>The check-in question is at most {limit} characters (it has {length}).</source>
        <translation>A pergunta da abertura tem no máximo {limit} caracteres (esta tem {length}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scale.py" line="68"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Neste grupo, a nota da abertura vai de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="65"/>
        <source>The workspace key is being changed, so the score could not be recorded. Enter it again in a moment.</source>
        <translation>A chave do espaço de trabalho está sendo trocada, por isso a nota não foi registrada. Digite de novo daqui a pouco.</translation>
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
        <translation>Esse grupo não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="257"/>
        <source>Check-in scores already recorded in this group go from {low} to {high}: the scale must include them.</source>
        <translation>As notas da abertura já registradas neste grupo vão de {low} a {high}: a escala precisa incluí-las.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="299"/>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="56"/>
        <location filename="../../facilitator_desktop/services/session_summary.py" line="123"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="174"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="218"/>
        <location filename="../../facilitator_desktop/services/sessions.py" line="253"/>
        <source>That session no longer exists.</source>
        <translation>Esse encontro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/checkin_scores.py" line="302"/>
        <source>That member is not part of this session's group.</source>
        <translation>Esse participante não faz parte do grupo deste encontro.</translation>
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
        <translation>Esse participante não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="27"/>
        <source>Unknown attendance status.</source>
        <translation>Situação de presença desconhecida.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="50"/>
        <source>That turn no longer exists.</source>
        <translation>Essa fala não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="57"/>
        <source>A pass has no length: mark the turn as spoken to give it one.</source>
        <translation>Um passe não tem duração: marque a fala como feita para dar uma a ela.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="65"/>
        <source>A turn cannot last less than zero seconds.</source>
        <translation>Uma fala não pode durar menos de zero segundo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/corrections.py" line="125"/>
        <source>Only finished sessions can be corrected.</source>
        <translation>Só é possível corrigir encontros encerrados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/erasure.py" line="168"/>
        <source>This member's record is damaged, so the names to remove from notes cannot be read. Nothing has been erased.</source>
        <translation>O registro deste participante está danificado, por isso não é possível ler os nomes a remover das anotações. Nada foi apagado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="170"/>
        <source>Choose a day of the week, Monday to Sunday.</source>
        <translation>Escolha um dia da semana, de segunda a domingo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/groups.py" line="172"/>
        <source>Choose one of the listed languages for the handouts.</source>
        <translation>Escolha um dos idiomas da lista para os impressos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/handout_data.py" line="45"/>
        <source>This group has no ground rules yet. Add cards on the Rules page first.</source>
        <translation>Este grupo ainda não tem combinados. Adicione cartões na página Combinados primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="61"/>
        <source>The last action could not be saved (is the disk full?). It is kept in memory and will be saved with the next one; please do not close the app yet.</source>
        <translation>Não foi possível salvar a última ação (o disco está cheio?). Ela fica na memória e será salva junto com a próxima; não feche o app ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="278"/>
        <location filename="../../facilitator_desktop/services/live_session.py" line="297"/>
        <source>That member is not part of this session.</source>
        <translation>Esse participante não faz parte deste encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/live_session.py" line="382"/>
        <source>{why} The session goes on; it is kept in memory.</source>
        <translation>{why} O encontro continua; ele fica guardado na memória.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="127"/>
        <source>That measure no longer exists.</source>
        <translation>Esse questionário não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="157"/>
        <source>{name} is scored as published and cannot be changed.</source>
        <translation>{name} é pontuado como foi publicado e não pode ser alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="167"/>
        <source>{name} already has entries, so its number of items and their range stay as they are. Define a new measure for another form.</source>
        <translation>{name} já tem registros, então o número de itens e a faixa de respostas ficam como estão. Crie um novo questionário para outra versão do formulário.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="188"/>
        <source>There is already a measure called “{name}”.</source>
        <translation>Já existe um questionário chamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="242"/>
        <source>{name} is archived. Bring it back in Measures to use it.</source>
        <translation>{name} está arquivado. Recupere-o em Questionários para usá-lo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="248"/>
        <source>Give the date the form was filled in.</source>
        <translation>Informe a data em que o formulário foi preenchido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="250"/>
        <source>The date cannot be after today.</source>
        <translation>A data não pode ser depois de hoje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="252"/>
        <source>The date is too far in the past.</source>
        <translation>A data está longe demais no passado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="263"/>
        <source>That session is not one of their group's.</source>
        <translation>Esse encontro não é do grupo dessa pessoa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/measures.py" line="309"/>
        <source>That measure entry no longer exists.</source>
        <translation>Esse registro de questionário não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="217"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="222"/>
        <location filename="../../facilitator_desktop/services/member_rights.py" line="251"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this export. Nothing has been exported. Restore a backup that holds an intact copy, or erase the damaged member, then export again.</source>
        <translation>Um participante de “{group}” tem o registro danificado, por isso não é possível procurar e remover os nomes dele desta exportação. Nada foi exportado. Restaure um backup que tenha uma cópia intacta, ou apague o participante danificado, e exporte de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="152"/>
        <source>A member in that order is not in this group.</source>
        <translation>Um participante nessa ordem não está neste grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/members.py" line="173"/>
        <source>“{alias}” is already in this group. Add an initial to tell them apart.</source>
        <translation>“{alias}” já está neste grupo. Acrescente uma inicial para diferenciar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="120"/>
        <source>The built-in templates stay. You can change their sections, or put them back as shipped.</source>
        <translation>Os modelos que vêm com o app continuam. Você pode mudar as seções deles ou voltar ao original.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="128"/>
        <source>Give the template a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="130"/>
        <source>Keep the name to {limit} characters.</source>
        <translation>Use no máximo {limit} caracteres no nome.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="133"/>
        <source>A template needs at least one section.</source>
        <translation>Um modelo precisa de pelo menos uma seção.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="136"/>
        <source>A template has at most {limit} sections.</source>
        <translation>Um modelo tem no máximo {limit} seções.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="141"/>
        <source>Section {number} needs a title.</source>
        <translation>A seção {number} precisa de um título.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="145"/>
        <source>Keep the title of section {number} to {limit} characters.</source>
        <translation>Use no máximo {limit} caracteres no título da seção {number}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="152"/>
        <source>Keep the guidance of section {number} to {limit} characters.</source>
        <translation>Use no máximo {limit} caracteres na orientação da seção {number}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="159"/>
        <source>Two sections are called “{title}”: give each its own title.</source>
        <translation>Há duas seções chamadas “{title}”: dê um título próprio a cada uma.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="228"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="236"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="282"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="294"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="309"/>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="324"/>
        <source>That template no longer exists.</source>
        <translation>Esse modelo não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="297"/>
        <source>Only a built-in template can be put back as shipped.</source>
        <translation>Só um modelo que vem com o app pode voltar ao original.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/note_templates.py" line="336"/>
        <source>There is already a template called “{name}”.</source>
        <translation>Já existe um modelo chamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="192"/>
        <location filename="../../facilitator_desktop/services/notes.py" line="203"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="310"/>
        <source>That note no longer exists.</source>
        <translation>Essa anotação não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/notes.py" line="361"/>
        <source>A member linked to this note no longer exists.</source>
        <translation>Um participante vinculado a esta anotação não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rehearsal.py" line="100"/>
        <source>A rehearsal runs in real time, 10× or 60× faster.</source>
        <translation>Um ensaio roda em tempo real, 10× ou 60× mais rápido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="115"/>
        <source>That rule set version no longer exists.</source>
        <translation>Essa versão dos combinados não existe mais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/rules.py" line="127"/>
        <source>Card {index}: {problem}</source>
        <extracomment>{problem} is what is wrong with the card, a whole sentence.</extracomment>
        <translation>Cartão {index}: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="35"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="156"/>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="161"/>
        <source>A member of “{group}” has a damaged record, so their names cannot be looked for and removed from this copy. Nothing has been made. Restore a backup that holds an intact copy, or erase the damaged member, then try again.</source>
        <translation>Um participante de “{group}” tem o registro danificado, por isso não é possível procurar e remover os nomes dele desta cópia. Nada foi gerado. Restaure um backup que tenha uma cópia intacta, ou apague o participante danificado, e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_copies.py" line="98"/>
        <source>A chosen session is not one of this member's.</source>
        <translation>Um dos encontros escolhidos não é deste participante.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_note_facts.py" line="50"/>
        <source>This session is still running. Its note can be written once it ends.</source>
        <translation>Este encontro ainda está em andamento. O registro dele pode ser escrito quando terminar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="73"/>
        <source>This session note is signed and can no longer change. Add a dated addendum instead.</source>
        <translation>Este registro do encontro está assinado e não pode mais mudar. Acrescente um adendo datado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="163"/>
        <source>That template no longer exists. Nothing was saved.</source>
        <translation>Esse modelo não existe mais. Nada foi salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="185"/>
        <source>This note is damaged and cannot be signed. A backup may hold an intact copy.</source>
        <translation>Este registro está danificado e não pode ser assinado. Um backup pode ter uma cópia intacta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="199"/>
        <source>Write the addendum first.</source>
        <translation>Escreva o adendo primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="206"/>
        <source>Addenda are for signed notes. While a note is not signed, change it directly.</source>
        <translation>Adendos são para registros assinados. Enquanto o registro não estiver assinado, altere-o diretamente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="374"/>
        <source>That member is not in this session's group.</source>
        <translation>Esse participante não está no grupo deste encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/session_notes.py" line="381"/>
        <source>A text this long cannot be kept (over {limit} characters). Nothing was saved; shorten it and it is saved again.</source>
        <translation>Um texto tão longo não pode ser guardado (mais de {limit} caracteres). Nada foi salvo; encurte-o e ele volta a ser salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="42"/>
        <source>A session of this group is already running. Resume it or end it first.</source>
        <translation>Já há um encontro deste grupo em andamento. Retome-o ou encerre-o primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="116"/>
        <source>Give the group at least one agenda segment first.</source>
        <translation>Dê ao grupo pelo menos uma etapa no roteiro primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="176"/>
        <source>That session has already ended.</source>
        <translation>Esse encontro já foi encerrado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sessions.py" line="234"/>
        <source>That session is still running: end it (or discard it) on the Session page first.</source>
        <translation>Esse encontro ainda está em andamento: encerre-o (ou descarte-o) na página Encontro primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="46"/>
        <source>Choose 0 (off) to 240 minutes.</source>
        <translation>Escolha de 0 (desligado) a 240 minutos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="49"/>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Mantenha entre 1 e 100 backups.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="55"/>
        <source>Choose 1 to 6 absences in a row.</source>
        <translation>Escolha de 1 a 6 faltas seguidas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/settings.py" line="86"/>
        <source>Choose 1 to 60 days.</source>
        <translation>Escolha de 1 a 60 dias.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="94"/>
        <source>Sharing could not do that.</source>
        <translation>O compartilhamento não conseguiu fazer isso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="172"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="187"/>
        <source>That is this laptop's own card.</source>
        <translation>Esse é o cartão deste próprio notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="211"/>
        <source>This group is not shared from this laptop any more.</source>
        <translation>Este grupo não é mais compartilhado a partir deste notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="214"/>
        <source>That laptop was removed from this group; it cannot be added back.</source>
        <translation>Esse notebook foi removido deste grupo; não pode ser adicionado de volta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="232"/>
        <source>That invitation comes from this laptop.</source>
        <translation>Esse convite vem deste notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="276"/>
        <location filename="../../facilitator_desktop/services/sharing.py" line="299"/>
        <source>That group is not shared.</source>
        <translation>Esse grupo não é compartilhado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="279"/>
        <source>That co-facilitator is not in this group.</source>
        <translation>Esse(a) cofacilitador(a) não está neste grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="318"/>
        <source>Only a note of a shared group can be shared with co-facilitators.</source>
        <translation>Só é possível compartilhar com cofacilitadores uma anotação de um grupo compartilhado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="344"/>
        <source>Give the server's name or address.</source>
        <translation>Informe o nome ou o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="346"/>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>A porta é um número de 1 a 65535 (normalmente 5432).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="348"/>
        <source>Give the database's name (63 characters at most).</source>
        <translation>Informe o nome do banco de dados (no máximo 63 caracteres).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="350"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Informe o papel (nome de usuário) para entrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="352"/>
        <source>These settings cannot hold a null character.</source>
        <translation>Estas configurações não podem conter um caractere nulo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing.py" line="428"/>
        <source>That conflict is already resolved.</source>
        <translation>Esse conflito já foi resolvido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="62"/>
        <source>That is not a co-facilitator's card. Paste it whole.</source>
        <translation>Isso não é o cartão de um(a) cofacilitador(a). Cole-o inteiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="66"/>
        <source>That card is damaged. Ask for it again.</source>
        <translation>Esse cartão está danificado. Peça-o de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="74"/>
        <source>That is not an invitation to a shared group. Paste it whole.</source>
        <translation>Isso não é um convite para um grupo compartilhado. Cole-o inteiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_cards.py" line="86"/>
        <source>The safety numbers differ: do not share. Someone may have changed the card on its way; ask for it again in person.</source>
        <translation>Os números de segurança são diferentes: não compartilhe. Alguém pode ter trocado o cartão no caminho; peça-o de novo pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/sharing_state.py" line="92"/>
        <source>That key is not held here.</source>
        <translation>Essa chave não está guardada aqui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="110"/>
        <source>This workspace has no recovery key.</source>
        <translation>Este espaço de trabalho não tem chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/services/vault_store.py" line="114"/>
        <source>The recovery key's part of this workspace is damaged, so it cannot open it. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>A parte deste espaço de trabalho ligada à chave de recuperação está danificada, por isso a chave não consegue abri-lo. Nada foi alterado no disco. Restaure um backup, ou guarde a pasta como está e peça ajuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="373"/>
        <source>Band {n}: write where it starts and ends as numbers.</source>
        <translation>Faixa {n}: escreva em números onde ela começa e termina.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="375"/>
        <source>The workspace file cannot be read ({reason}).</source>
        <translation>Não é possível ler o arquivo do espaço de trabalho ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace.py" line="416"/>
        <location filename="../../facilitator_desktop/workspace.py" line="418"/>
        <source>Part of this workspace file is damaged (SQLite's check found damaged pages), so it cannot be opened safely. Nothing has been changed on disk. Restore a backup, or keep the folder and ask for help.</source>
        <translation>Parte do arquivo do espaço de trabalho está danificada (a verificação do SQLite encontrou páginas danificadas), por isso ele não pode ser aberto com segurança. Nada foi alterado no disco. Restaure um backup, ou guarde a pasta como está e peça ajuda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="73"/>
        <source>it could not be written into the data folder ({reason}).</source>
        <translation>não foi possível gravá-lo na pasta de dados ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="74"/>
        <source>it cannot be read ({reason}).</source>
        <translation>não é possível lê-lo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="131"/>
        <source>it is not an ordinary file.</source>
        <translation>não é um arquivo comum.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="134"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="148"/>
        <source>it is empty.</source>
        <translation>está vazio.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="136"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="145"/>
        <source>it is far larger than any workspace (over 2 GiB).</source>
        <translation>é muito maior que qualquer espaço de trabalho (mais de 2 GiB).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="170"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="189"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="191"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="310"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="318"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="320"/>
        <source>it is damaged (it failed SQLite's integrity check).</source>
        <translation>está danificado (não passou na verificação de integridade do SQLite).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="177"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="182"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="204"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="215"/>
        <source>it is not a workspace exported by Facilitator Desktop.</source>
        <translation>não é um espaço de trabalho exportado pelo Facilitator Desktop.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="179"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="187"/>
        <source>its structure is not one Facilitator Desktop ever wrote (extra or missing tables, indexes, triggers or views), so it may have been altered.</source>
        <translation>a estrutura dele não é nenhuma que o Facilitator Desktop já tenha gravado (tabelas, índices, gatilhos ou visões a mais ou faltando), então ele pode ter sido alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="208"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="210"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="213"/>
        <source>it is incomplete or damaged (it may have been cut short while copying).</source>
        <translation>está incompleto ou danificado (a cópia pode ter sido interrompida no meio).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="289"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="308"/>
        <source>the key that unlocks it (its vault) is damaged.</source>
        <translation>a chave que o desbloqueia (o cofre dele) está danificada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="312"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="317"/>
        <location filename="../../facilitator_desktop/workspace_import.py" line="422"/>
        <source>there is not enough free disk space beside the data folder to check and copy it.</source>
        <translation>não há espaço livre suficiente no disco da pasta de dados para verificá-lo e copiá-lo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="314"/>
        <source>a problem with the disk</source>
        <translation>um problema no disco</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/workspace_import.py" line="352"/>
        <source>some of its records refer to records that are not there.</source>
        <translation>alguns dos registros dele apontam para registros que não existem.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>airtime</source>
        <translation>tempo de fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="50"/>
        <source>attendance</source>
        <translation>presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="53"/>
        <source>Export {what}</source>
        <translation>Exportar {what}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="54"/>
        <source>The file will hold members' names in plain text.</source>
        <translation>O arquivo terá os nomes dos participantes em texto simples.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="55"/>
        <source>Anyone who opens it can read who came to the group and when. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Qualquer pessoa que abrir o arquivo poderá ver quem veio ao grupo e quando. Salve-o apenas onde outras pessoas não tenham acesso e apague-o quando não precisar mais dele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="105"/>
        <source>Choose where to save…</source>
        <translation>Escolher onde salvar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="64"/>
        <source>Export {what} as CSV</source>
        <translation>Exportar {what} como CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="84"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="141"/>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="98"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="148"/>
        <source>Session summary</source>
        <translation>Resumo do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="99"/>
        <source>The summary shows members' names.</source>
        <translation>O resumo mostra os nomes dos participantes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="101"/>
        <source>Print it for yourself and keep the paper and the file somewhere private.</source>
        <translation>Imprima só para você e guarde o papel e o arquivo em um lugar privado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="103"/>
        <source>Include my private notes</source>
        <translation>Incluir minhas anotações privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="115"/>
        <source>Save the session summary</source>
        <translation>Salvar o resumo do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="192"/>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="193"/>
        <source>The session summary could not be made ({error}). Nothing was saved. Try the Handouts screen, or another paper size.</source>
        <translation>Não foi possível gerar o resumo do encontro ({error}). Nada foi salvo. Tente pela tela Impressos ou com outro tamanho de papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/export.py" line="206"/>
        <source>The file could not be saved: {why}</source>
        <translation>Não foi possível salvar o arquivo: {why}</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="72"/>
        <source>Save the member record</source>
        <translation>Salvar a ficha do participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="74"/>
        <source>Member record (*.json)</source>
        <translation>Ficha do participante (*.json)</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="147"/>
        <source>Export member record</source>
        <translation>Exportar ficha do participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="149"/>
        <source>Review what {alias} will receive</source>
        <translation>Revise o que {alias} vai receber</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="152"/>
        <source>The file holds their private details — full name, contact, remarks, attendance, speaking turns and the notes about them — unencrypted. Give it only to {alias}, keep it somewhere safe, and delete your copy once it has been handed over.</source>
        <translation>O arquivo contém os dados privados da pessoa — nome completo, contato, observações, presença, falas e as anotações sobre ela — sem criptografia. Entregue-o só para {alias}, guarde-o em um lugar seguro e apague sua cópia depois de entregá-lo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="163"/>
        <source>Text shown in reverse is replaced in the file: other members’ names, phone numbers and e-mail addresses by “{other}”, what you mark by “{hand}”. Select anything else that should not leave and press Redact selection.</source>
        <translation>O texto destacado em cores invertidas é substituído no arquivo: nomes de outros participantes, telefones e e-mails por “{other}”, o que você marcar por “{hand}”. Selecione qualquer outra coisa que não deva sair e pressione Tarjar seleção.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="179"/>
        <source>The member record as it will be exported</source>
        <translation>A ficha do participante como será exportada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="184"/>
        <source>&amp;Redact selection</source>
        <translation>&amp;Tarjar seleção</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="185"/>
        <source>Replace the selected text in the file (Delete)</source>
        <translation>Substituir o texto selecionado no arquivo (Delete)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="187"/>
        <source>&amp;Undo redaction</source>
        <translation>&amp;Desfazer tarja</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="188"/>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="282"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="288"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="290"/>
        <source>Alias</source>
        <translation>Nome no grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="291"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="292"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="293"/>
        <source>Private remarks</source>
        <translation>Observações privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="295"/>
        <source>{field}: </source>
        <translation>{field}: </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="297"/>
        <source>Notes ({n})</source>
        <translation>Anotações ({n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="300"/>
        <source>Written {date}</source>
        <translation>Escrita em {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="304"/>
        <source>This note is damaged and cannot be read; the file says so.</source>
        <translation>Esta anotação está danificada e não pode ser lida; o arquivo informa isso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="308"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="310"/>
        <source>{attendance} and {turns}: dates, statuses and durations only.</source>
        <translation>{attendance} e {turns}: apenas datas, situações e durações.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="311"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln registro de presença</numerusform>
            <numerusform>%Ln registros de presença</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="312"/>
        <source>%Ln speaking turns</source>
        <translation>
            <numerusform>%Ln fala</numerusform>
            <numerusform>%Ln falas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="320"/>
        <source>{auto} ({members} looked for), {hand}.</source>
        <translation>{auto} (buscando {members}), {hand}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="321"/>
        <source>%Ln redactions found by the app</source>
        <translation>
            <numerusform>%Ln tarja encontrada pelo app</numerusform>
            <numerusform>%Ln tarjas encontradas pelo app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="322"/>
        <source>%Ln other members</source>
        <translation>
            <numerusform>%Ln outro participante</numerusform>
            <numerusform>%Ln outros participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="323"/>
        <source>%Ln marked by you</source>
        <translation>
            <numerusform>%Ln marcada por você</numerusform>
            <numerusform>%Ln marcadas por você</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="339"/>
        <source>Replaced by “{text}” in the file</source>
        <translation>Substituído por “{text}” no arquivo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="392"/>
        <source>Select words in the record (not the headings) to redact.</source>
        <translation>Selecione palavras na ficha (não os títulos) para tarjar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="425"/>
        <source>The file could not be written: {reason}</source>
        <translation>Não foi possível gravar o arquivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="431"/>
        <source>Member record exported. It is not encrypted: keep it safe.</source>
        <translation>Ficha do participante exportada. Ela não está criptografada: guarde-a em lugar seguro.</translation>
    </message>
</context>
<context>
    <name>FacilitatorApp</name>
    <message>
        <location filename="../../facilitator_desktop/ui/lifecycle.py" line="59"/>
        <source>Demo workspace — sample data, passphrase: {passphrase}; deleted when you quit.</source>
        <translation>Espaço de trabalho de demonstração — dados de exemplo, frase-senha: {passphrase}; será apagado quando você sair.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="22"/>
        <source>your quick note</source>
        <translation>sua anotação rápida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="25"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="26"/>
        <source>Quit without saving {what}?</source>
        <translation>Sair sem salvar {what}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="29"/>
        <source>Unlock to save your changes, or quit and lose them.</source>
        <translation>Desbloqueie para salvar suas alterações ou saia e perca-as.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/quit_prompt.py" line="32"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Sair sem salvar</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="28"/>
        <source>What the session recorded</source>
        <translation>O que o encontro registrou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="46"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="47"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="48"/>
        <source>Excused</source>
        <translation>Falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="49"/>
        <source>Absent without notice</source>
        <translation>Faltas sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="50"/>
        <source>Guests</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="51"/>
        <source>Agenda</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/facts_panel.py" line="54"/>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
</context>
<context>
    <name>GroundRulesOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="53"/>
        <source>A short line under the title</source>
        <translation>Uma frase curta abaixo do título</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="57"/>
        <source>Clear the welcome line</source>
        <translation>Apagar a frase de boas-vindas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="58"/>
        <source>&amp;Acknowledgement to sign</source>
        <translation>&amp;Declaração para assinar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="60"/>
        <source>A sentence to sign under the rules, with name, signature and date lines</source>
        <translation>Uma frase para assinar abaixo dos combinados, com linhas para nome, assinatura e data</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="64"/>
        <source>Name on the acknowledgement</source>
        <translation>Nome na declaração</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="68"/>
        <source>Welcome &amp;line:</source>
        <translation>Frase de &amp;boas-vindas:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="70"/>
        <source>&amp;For:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="73"/>
        <source>Print one copy per member with their name filled in, or a blank line.</source>
        <translation>Imprima uma cópia por participante com o nome já preenchido, ou com uma linha em branco.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="97"/>
        <source>Blank line to fill in</source>
        <translation>Linha em branco para preencher</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/groups.py" line="49"/>
        <source>{name} (archived)</source>
        <translation>{name} (arquivado)</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="18"/>
        <source>No groups yet</source>
        <translation>Nenhum grupo ainda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="19"/>
        <source>Current group</source>
        <translation>Grupo atual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="24"/>
        <source>Gro&amp;up:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="26"/>
        <source>Show ar&amp;chived</source>
        <translation>Mostrar ar&amp;quivados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/group_selector.py" line="27"/>
        <source>List archived groups too</source>
        <translation>Listar também os grupos arquivados</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="60"/>
        <source>Each group has its own schedule, members, ground rules and agenda.</source>
        <translation>Cada grupo tem seus próprios horários, participantes, combinados e roteiro.</translation>
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
        <translation>Novo gru&amp;po</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="71"/>
        <source>Start a new group (Ctrl+N)</source>
        <translation>Criar um novo grupo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="85"/>
        <source>e.g. Tuesday Grief Circle</source>
        <translation>ex.: Grupo de Luto de Terça</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="89"/>
        <source>Who the group is for (optional)</source>
        <translation>Para quem é o grupo (opcional)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="92"/>
        <source>No fixed day</source>
        <translation>Sem dia fixo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="97"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="100"/>
        <source>Start time</source>
        <translation>Horário de início</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="105"/>
        <source>at</source>
        <translation>às</translation>
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
        <translation>Um sinal discreto de cor quando alguém fala por mais tempo que isso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="129"/>
        <source>The app's language</source>
        <translation>Idioma do app</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="132"/>
        <source>Language of the group's handouts</source>
        <translation>Idioma dos impressos do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="137"/>
        <source>Handouts, rule cards from the library and the room display.</source>
        <translation>Impressos, cartões de combinados da biblioteca e tela da sala.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="158"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="160"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="161"/>
        <source>Meets &amp;on:</source>
        <translation>Dia e &amp;horário:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="163"/>
        <source>Session &amp;length:</source>
        <translation>Duração do &amp;encontro:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="165"/>
        <source>Spea&amp;ker soft limit:</source>
        <translation>&amp;Limite por fala:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="167"/>
        <source>&amp;Handouts in:</source>
        <translation>&amp;Impressos em:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="170"/>
        <source>Session no&amp;tes:</source>
        <translation>Registro do encon&amp;tro:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="173"/>
        <source>Check-&amp;in score:</source>
        <translation>N&amp;ota da abertura:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="175"/>
        <source>Default &amp;agenda:</source>
        <translation>&amp;Roteiro padrão:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="198"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="360"/>
        <source>&amp;Save group</source>
        <translation>&amp;Salvar grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="199"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="201"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="357"/>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Archi&amp;ve group…</source>
        <translation>Arqui&amp;var grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="220"/>
        <source>Group details</source>
        <translation>Dados do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="319"/>
        <source>This group's record is damaged, so it cannot be changed. Its members, rules and history are kept, and the other groups are fine.</source>
        <translation>O registro deste grupo está danificado, por isso não pode ser alterado. Os participantes, combinados e histórico dele são mantidos, e os outros grupos estão bem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="326"/>
        <source>The description is damaged and cannot be shown. Saving the group replaces it with what you type.</source>
        <translation>A descrição está danificada e não pode ser mostrada. Ao salvar o grupo, ela será substituída pelo que você digitar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>Create your first group</source>
        <translation>Crie seu primeiro grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="353"/>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="355"/>
        <source>&amp;Save new group</source>
        <translation>&amp;Salvar novo grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="363"/>
        <source>Unarchi&amp;ve group</source>
        <translation>Desarqui&amp;var grupo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="371"/>
        <source>Agenda total: {total} of %Ln minutes</source>
        <translation>
            <numerusform>Total do roteiro: {total} de %Ln minuto</numerusform>
            <numerusform>Total do roteiro: {total} de %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="376"/>
        <source> — longer than the session</source>
        <translation> — mais longo que o encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="412"/>
        <source>Archive group</source>
        <translation>Arquivar grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="413"/>
        <source>Archive “{name}”?</source>
        <translation>Arquivar “{name}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="414"/>
        <source>The group leaves the lists, but nothing is deleted: its members, ground rules and history are kept. Tick “Show archived” to find it again and unarchive it at any time.</source>
        <translation>O grupo sai das listas, mas nada é excluído: participantes, combinados e histórico são mantidos. Marque “Mostrar arquivados” para encontrá-lo de novo e desarquivá-lo quando quiser.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="419"/>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="104"/>
        <source>the new group</source>
        <translation>o novo grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="105"/>
        <source>this group</source>
        <translation>este grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="207"/>
        <source>Group unarchived.</source>
        <translation>Grupo desarquivado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="209"/>
        <source>Group archived. Its members, rules and history are kept.</source>
        <translation>Grupo arquivado. Participantes, combinados e histórico foram mantidos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group created.</source>
        <translation>Grupo criado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/groups_presenter.py" line="237"/>
        <source>Group saved.</source>
        <translation>Grupo salvo.</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="40"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="52"/>
        <source>Ground rules</source>
        <translation>Combinados do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="191"/>
        <source>Rule cards</source>
        <translation>Cartões de combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="42"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="192"/>
        <source>Sign-in sheet</source>
        <translation>Lista de presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="43"/>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="193"/>
        <source>Session summary</source>
        <translation>Resumo do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="44"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="45"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="46"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="47"/>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="48"/>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="49"/>
        <source>Confidential: please return to the facilitator</source>
        <translation>Confidencial: por favor, devolva a quem facilita o grupo</translation>
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
        <translation>Por quê:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="52"/>
        <source>Rule set version {version} of {date}</source>
        <translation>Combinados, versão {version}, de {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="53"/>
        <source>I have read the ground rules of {group} (version {version}) and agree to keep them.</source>
        <translation>Li os combinados do grupo {group} (versão {version}) e concordo em respeitá-los.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="56"/>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="57"/>
        <source>fold</source>
        <translation>dobre aqui</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="58"/>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="59"/>
        <source>Arrival</source>
        <translation>Chegada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="60"/>
        <source>Guest</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="61"/>
        <source>Agenda: planned and actual</source>
        <translation>Roteiro: previsto e realizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="62"/>
        <source>Segment</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="63"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="64"/>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="65"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="66"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="67"/>
        <source>not held</source>
        <translation>não realizada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="43"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="69"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="70"/>
        <source>Count</source>
        <translation>Quantidade</translation>
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
        <translation>Tempo de fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="73"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="74"/>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="75"/>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="45"/>
        <source>Turns</source>
        <translation>Falas</translation>
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
        <translation>Fala média</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="78"/>
        <source>No turns were recorded.</source>
        <translation>Nenhuma fala foi registrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="79"/>
        <source>Private notes</source>
        <translation>Anotações privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="80"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="81"/>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="82"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="83"/>
        <source>Late</source>
        <translation>Chegou tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="84"/>
        <source>Left early</source>
        <translation>Saiu mais cedo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="85"/>
        <source>Excused</source>
        <translation>Falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="86"/>
        <source>Absent</source>
        <translation>Falta sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="87"/>
        <source>arrived {time} in</source>
        <translation>chegou após {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="88"/>
        <source>left {time} in</source>
        <translation>saiu após {time}</translation>
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
        <translation>combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="203"/>
        <source>rule-cards</source>
        <translation>cartoes-de-combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="204"/>
        <source>sign-in-sheet</source>
        <translation>lista-de-presenca</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="205"/>
        <source>session-summary</source>
        <translation>resumo-do-encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="29"/>
        <source>Progress entry</source>
        <translation>Evolução individual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="30"/>
        <source>Progress entry: {name}</source>
        <translation>Evolução individual: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="31"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="32"/>
        <source>Session of {date}, {start}–{end}</source>
        <translation>Encontro de {date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="33"/>
        <source>Length</source>
        <translation>Duração</translation>
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
        <translation>Visitantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="37"/>
        <source>Agenda</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="38"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="39"/>
        <source>Group note</source>
        <translation>Registro do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="40"/>
        <source>No session note was written.</source>
        <translation>Nenhum registro do encontro foi escrito.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="41"/>
        <source>Addendum of {date}</source>
        <translation>Adendo de {date}</translation>
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
        <translation>{time} ({share} de todo o tempo de fala)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="49"/>
        <source>Check-in</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="50"/>
        <source>{score} on a scale of {low} to {high}</source>
        <translation>{score} numa escala de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="51"/>
        <source>Measures that day</source>
        <translation>Questionários desse dia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="53"/>
        <source>Acknowledged version {version} (in force)</source>
        <translation>Assinou a versão {version} (em vigor)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="54"/>
        <source>Acknowledged version {version}; version {current} in force</source>
        <translation>Assinou a versão {version}; a versão {current} está em vigor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="55"/>
        <source>Not acknowledged; version {current} in force</source>
        <translation>Não assinou; a versão {current} está em vigor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="56"/>
        <source>Progress</source>
        <translation>Evolução</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="57"/>
        <source>No lines written for this member.</source>
        <translation>Nenhuma linha escrita para este participante.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="58"/>
        <source>Signed on {date}</source>
        <translation>Assinado em {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="59"/>
        <source>Not signed</source>
        <translation>Não assinado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="60"/>
        <source>No session in this period.</source>
        <translation>Nenhum encontro neste período.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="62"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="63"/>
        <source>late</source>
        <translation>chegou tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="64"/>
        <source>left early</source>
        <translation>saiu mais cedo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="65"/>
        <source>excused</source>
        <translation>falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/print_labels.py" line="66"/>
        <source>absent</source>
        <translation>falta sem aviso</translation>
    </message>
</context>
<context>
    <name>HandoutProblems</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="152"/>
        <source>Rule {number} is too long to print at a readable size on a card. Shorten it, or leave out its “why”.</source>
        <translation>O combinado {number} é longo demais para caber num cartão em tamanho legível. Encurte o texto ou deixe de fora o “porquê”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="157"/>
        <source>Rule {number} is too long for {per_page} cards per page at a readable size. Choose {fewer} cards per page, or shorten the rule.</source>
        <translation>O combinado {number} é longo demais para {per_page} cartões por página em tamanho legível. Escolha {fewer} cartões por página ou encurte o combinado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="163"/>
        <source>the group's name</source>
        <translation>o nome do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="164"/>
        <source>rule {number}</source>
        <translation>o combinado {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="165"/>
        <source>a member's name</source>
        <translation>o nome de um participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="166"/>
        <source>the welcome line</source>
        <translation>a frase de boas-vindas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="167"/>
        <source>your details</source>
        <translation>seus dados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="168"/>
        <source>the support line</source>
        <translation>a linha de apoio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="169"/>
        <source>the session's title</source>
        <translation>o título do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="170"/>
        <source>the agenda</source>
        <translation>o roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="171"/>
        <source>note {number}</source>
        <translation>a anotação {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="172"/>
        <source>the handout's labels</source>
        <translation>os rótulos do impresso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="173"/>
        <source>the handout</source>
        <translation>o impresso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="179"/>
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="180"/>
        <source>%n character(s) in {where} cannot be printed and will show as □: {chars}.</source>
        <translation>
            <numerusform>%n caractere em {where} não pode ser impresso e aparecerá como □: {chars}.</numerusform>
            <numerusform>%n caracteres em {where} não podem ser impressos e aparecerão como □: {chars}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutSidePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="59"/>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="60"/>
        <source>Handout options</source>
        <translation>Opções do impresso</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="62"/>
        <source>Save handout as PDF</source>
        <translation>Salvar impresso como PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="82"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="83"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Não foi possível salvar o PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="88"/>
        <source>Saved {file}.</source>
        <translation>{file} salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="107"/>
        <source>Print handout</source>
        <translation>Imprimir impresso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="119"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="120"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>Não foi possível iniciar a impressora. Verifique se ela está conectada e ligada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="123"/>
        <source>Sent %Ln pages to the printer.</source>
        <translation>
            <numerusform>%Ln página enviada para a impressora.</numerusform>
            <numerusform>%Ln páginas enviadas para a impressora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="142"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Imprimindo a página {n} de {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="161"/>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="170"/>
        <source>Open in PDF viewer</source>
        <translation>Abrir no visualizador de PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="162"/>
        <source>The copy for the viewer could not be written: {reason}</source>
        <translation>Não foi possível gravar a cópia para o visualizador: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="171"/>
        <source>No PDF viewer is set up on this computer. Use Save as PDF… instead.</source>
        <translation>Não há visualizador de PDF configurado neste computador. Use Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="176"/>
        <source>Opened a copy in your PDF viewer; it is deleted when you lock or quit.</source>
        <translation>Uma cópia foi aberta no seu visualizador de PDF; ela será apagada quando você bloquear ou sair.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="60"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="61"/>
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Salvar o impresso como arquivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="62"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="63"/>
        <source>Print with the system print dialog (Ctrl+P)</source>
        <translation>Imprimir com a janela de impressão do sistema (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="64"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>Abrir no &amp;visualizador de PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="66"/>
        <source>Open a copy in your usual PDF viewer. The copy is kept in a private temporary folder and deleted when you lock or quit.</source>
        <translation>Abre uma cópia no seu visualizador de PDF de costume. A cópia fica em uma pasta temporária privada e é apagada quando você bloqueia ou sai.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="90"/>
        <source>Create a group on the Groups page first; its handouts are printed here.</source>
        <translation>Primeiro crie um grupo na página Grupos; os impressos dele são feitos aqui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="129"/>
        <source>Handouts</source>
        <translation>Impressos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/page.py" line="264"/>
        <source>Printouts for {group}</source>
        <translation>Impressos de {group}</translation>
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
        <translation>Boas-vindas! Estes são os combinados que fazem deste grupo um lugar seguro para todos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="169"/>
        <source>The saved welcome line is damaged and cannot be shown. Type a new one to replace it.</source>
        <translation>A frase de boas-vindas salva está danificada e não pode ser mostrada. Digite uma nova para substituí-la.</translation>
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
            <numerusform>%Ln presente</numerusform>
            <numerusform>%Ln presentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="279"/>
        <source>Updating the preview…</source>
        <translation>Atualizando a prévia…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="301"/>
        <source>No finished sessions yet. A session's summary can be printed here once it has ended.</source>
        <translation>Nenhum encontro encerrado ainda. O resumo de um encontro pode ser impresso aqui depois que ele terminar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="361"/>
        <source>The handout could not be built ({error}). Try other options.</source>
        <translation>Não foi possível montar o impresso ({error}). Tente outras opções.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="93"/>
        <source>Handout</source>
        <translation>Impresso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="98"/>
        <source>Groun&amp;d rules</source>
        <translation>&amp;Combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="99"/>
        <source>&amp;Rule cards</source>
        <translation>Car&amp;tões de combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="100"/>
        <source>S&amp;ign-in sheet</source>
        <translation>&amp;Lista de presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="101"/>
        <source>Session summar&amp;y</source>
        <translation>Resumo do &amp;encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="104"/>
        <source>The group's rules on one page, to read and sign</source>
        <translation>Os combinados do grupo em uma página, para ler e assinar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="105"/>
        <source>One rule per card in large type, to cut or fold</source>
        <translation>Um combinado por cartão, em letra grande, para recortar ou dobrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="106"/>
        <source>Members in seat order with a signature column</source>
        <translation>Participantes na ordem da roda, com coluna para assinatura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="107"/>
        <source>A finished session, for your records</source>
        <translation>Um encontro encerrado, para seus registros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="119"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="121"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="122"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pol.)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="124"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="129"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="130"/>
        <source>&amp;Large print (14 pt text)</source>
        <translation>Letra g&amp;rande (texto em 14 pt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/side_panel.py" line="132"/>
        <source>Bigger type for members who find small print hard to read</source>
        <translation>Letra maior para participantes que têm dificuldade de ler letras pequenas</translation>
    </message>
</context>
<context>
    <name>HeldNotes</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="68"/>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="70"/>
        <source>the disk is read-only</source>
        <translation>o disco está protegido contra gravação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="72"/>
        <source>the workspace key was being changed</source>
        <translation>a chave do espaço de trabalho estava sendo trocada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="74"/>
        <source>a problem with the disk</source>
        <translation>um problema no disco</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="75"/>
        <source>it could not be written</source>
        <translation>não foi possível gravá-la</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="80"/>
        <source>Your note could not be saved ({why}); it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Não foi possível salvar sua anotação ({why}); ela está guardada, criptografada, e será salva quando você desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="87"/>
        <source>The note kept while the workspace was locked has been saved.</source>
        <translation>A anotação guardada enquanto o espaço de trabalho estava bloqueado foi salva.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="91"/>
        <source>Your note is still not saved ({why}). It is back in the editor and is saved as soon as the disk takes it; please do not close the app until then.</source>
        <translation>Sua anotação ainda não foi salva ({why}). Ela voltou para o editor e será salva assim que o disco aceitar; por favor, não feche o app até lá.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="98"/>
        <source>The note kept while the workspace was locked could not be opened again, so it could not be saved.</source>
        <translation>Não foi possível reabrir a anotação guardada enquanto o espaço de trabalho estava bloqueado, por isso ela não pôde ser salva.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="107"/>
        <source>Your quick note could not be saved; it is kept, encrypted, and will be saved when you unlock.</source>
        <translation>Não foi possível salvar sua anotação rápida; ela está guardada, criptografada, e será salva quando você desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="111"/>
        <source>The quick note you were typing is kept, encrypted, and comes back when you unlock.</source>
        <translation>A anotação rápida que você estava digitando está guardada, criptografada, e volta quando você desbloquear.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/held.py" line="116"/>
        <source>Still not saved · Enter tries again</source>
        <translation>Ainda não salva · Enter tenta de novo</translation>
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
        <translation>SC</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="58"/>
        <source>E</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="59"/>
        <source>A</source>
        <translation>F</translation>
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
        <translation>chegou tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="68"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="78"/>
        <source>left early</source>
        <translation>saiu mais cedo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="69"/>
        <source>excused</source>
        <translation>justificou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="70"/>
        <source>no notice</source>
        <translation>sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="71"/>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="81"/>
        <source>not recorded</source>
        <translation>não registrada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="79"/>
        <source>excused (told ahead)</source>
        <translation>falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/look.py" line="80"/>
        <source>absent without notice</source>
        <translation>falta sem aviso</translation>
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
        <translation>Presença como CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="73"/>
        <source>Airtime per member as CSV…</source>
        <translation>Tempo de fala por participante como CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="75"/>
        <source>This session's summary as PDF…</source>
        <translation>Resumo deste encontro como PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="94"/>
        <source>Past sessions, newest first</source>
        <translation>Encontros anteriores, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="114"/>
        <source>&amp;Delete session…</source>
        <translation>E&amp;xcluir encontro…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="116"/>
        <source>Delete the selected session and everything recorded in it (Delete)</source>
        <translation>Excluir o encontro selecionado e tudo o que foi registrado nele (Delete)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="174"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="152"/>
        <source>&amp;Sessions</source>
        <translation>E&amp;ncontros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="153"/>
        <source>Group &amp;insights</source>
        <translation>Pan&amp;orama do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="154"/>
        <source>&amp;Member</source>
        <translation>Partic&amp;ipante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="158"/>
        <source>Create a group on the Groups page; its past sessions are listed here.</source>
        <translation>Crie um grupo na página Grupos; os encontros anteriores dele aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="320"/>
        <source>No finished sessions in this period.</source>
        <translation>Nenhum encontro encerrado neste período.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="322"/>
        <source>No finished sessions yet. They appear here after the first one.</source>
        <translation>Nenhum encontro encerrado ainda. Eles aparecem aqui depois do primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="325"/>
        <source>Newest first; scroll down for older sessions.</source>
        <translation>Do mais recente ao mais antigo; role para baixo para ver encontros anteriores.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="331"/>
        <source>{group} · how the sessions went</source>
        <translation>{group} · como foram os encontros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="444"/>
        <source>Session deleted with its notes.</source>
        <translation>Encontro excluído com as anotações dele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/page.py" line="446"/>
        <source>Session deleted.</source>
        <translation>Encontro excluído.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="30"/>
        <source>All sessions</source>
        <translation>Todos os encontros</translation>
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
        <translation>Entre datas…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="35"/>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/period_filter.py" line="40"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="28"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="29"/>
        <source>&amp;End it now</source>
        <translation>&amp;Encerrar agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="43"/>
        <source>Agenda</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="49"/>
        <source>Rehe&amp;arse…</source>
        <translation>Ens&amp;aiar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="52"/>
        <source>Practise a session on invented members, in real time or faster; nothing is kept</source>
        <translation>Pratique um encontro com participantes fictícios, em tempo real ou mais rápido; nada é guardado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="58"/>
        <source>Opening the session starts nothing yet: mark attendance and adjust the agenda as people arrive, then press Space when the group begins.</source>
        <translation>Abrir o encontro ainda não inicia nada: marque a presença e ajuste o roteiro conforme as pessoas chegam, depois pressione Espaço quando o grupo começar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="92"/>
        <source>No group yet</source>
        <translation>Nenhum grupo ainda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="93"/>
        <source>Create a group on the Groups page first.</source>
        <translation>Primeiro crie um grupo na página Grupos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="96"/>
        <source>Open a session</source>
        <translation>Abrir um encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="103"/>
        <source>Meets today at {time}</source>
        <translation>Encontro hoje às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="105"/>
        <source>Meets today</source>
        <translation>Encontro hoje</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="107"/>
        <source>Open today's session  (Space)</source>
        <translation>Abrir o encontro de hoje  (Espaço)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="109"/>
        <source>Not a scheduled day: this will be an extra session.</source>
        <translation>Hoje não é dia de encontro: este será um encontro extra.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="110"/>
        <source>Open a session now  (Space)</source>
        <translation>Abrir um encontro agora  (Espaço)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="115"/>
        <source>{name} · {minutes} min · {kind}</source>
        <translation>{name} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>open discussion</source>
        <translation>conversa livre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/idle_view.py" line="118"/>
        <source>round</source>
        <translation>rodada</translation>
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
        <translation>Importar um espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="47"/>
        <source>Enter the passphrase this workspace had on the other laptop. The file is checked in full before anything is installed here.</source>
        <translation>Digite a frase-senha que este espaço de trabalho tinha no outro notebook. O arquivo é verificado por inteiro antes de qualquer coisa ser instalada aqui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="55"/>
        <source>File: {name}</source>
        <translation>Arquivo: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="58"/>
        <source>Passphrase of the imported workspace</source>
        <translation>Frase-senha do espaço de trabalho importado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="64"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="69"/>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="127"/>
        <source>&amp;Import and open</source>
        <translation>&amp;Importar e abrir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="102"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="110"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Essa frase-senha não desbloqueia este espaço de trabalho. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/import_dialog.py" line="119"/>
        <source>The file could not be imported: {reason}</source>
        <translation>Não foi possível importar o arquivo: {reason}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="102"/>
        <source>Attendance, last %Ln sessions</source>
        <translation>
            <numerusform>Presença, último encontro (%Ln)</numerusform>
            <numerusform>Presença, últimos %Ln encontros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="104"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="308"/>
        <source>No finished sessions yet.</source>
        <translation>Nenhum encontro encerrado ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="108"/>
        <source>Attendance over the weeks</source>
        <translation>Presença ao longo das semanas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="118"/>
        <source>Click a name or a date to open it.</source>
        <translation>Clique num nome ou data para abrir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="131"/>
        <source>How evenly the airtime is shared</source>
        <translation>Quão bem o tempo de fala é dividido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="133"/>
        <source>Top speaker's share</source>
        <translation>Maior participação</translation>
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
        <translation>Nenhum tempo de fala registrado ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="151"/>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="163"/>
        <source>Segments that run long</source>
        <translation>Etapas que passam do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>On average</source>
        <translation>Em média</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Ran over</source>
        <translation>Estourou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="154"/>
        <source>Segment</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="158"/>
        <source>Share that ran over</source>
        <translation>Parte que passou do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="196"/>
        <source>Group insights</source>
        <translation>Panorama do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="275"/>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="279"/>
        <source>0 = everyone present spoke equally; towards 1 = one or two voices took most of the time. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>0 = todos os presentes falaram por igual; perto de 1 = uma ou duas vozes ocuparam quase todo o tempo. Pontos: encontros; linha tracejada: média dos últimos 4.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="287"/>
        <source>top speaker</source>
        <translation>quem mais fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="291"/>
        <source>The share of the airtime taken by whoever spoke most. Lower is more even. Dots: sessions; dashed line: average of the last 4.</source>
        <translation>A participação no tempo de fala de quem mais falou. Quanto menor, mais equilibrado. Pontos: encontros; linha tracejada: média dos últimos 4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="301"/>
        <source>Over the last %Ln sessions. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</source>
        <translation>
            <numerusform>Em %Ln encontro. Mais de um minuto além do previsto conta como passar do tempo; ⚠ = em pelo menos metade deles.</numerusform>
            <numerusform>Nos últimos %Ln encontros. Mais de um minuto além do previsto conta como passar do tempo; ⚠ = em pelo menos metade deles.</numerusform>
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
        <translation>Passa do tempo em pelo menos metade dos encontros.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="330"/>
        <source>{share} of the sessions ran over</source>
        <translation>Passou do tempo em {share} dos encontros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="335"/>
        <source>{n} of {m}, runs long in at least half</source>
        <translation>{n} de {m}, passa do tempo em pelo menos metade</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="342"/>
        <source>On average {delta} against the plan; {over} over when it ran long.</source>
        <translation>Em média, {delta} em relação ao previsto; {over} a mais quando passou do tempo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="354"/>
        <source>Runs long in at least half of the sessions: {segments}.</source>
        <translation>Passam do tempo em pelo menos metade dos encontros: {segments}.</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="66"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="71"/>
        <source>Measures</source>
        <translation>Questionários</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="73"/>
        <source>&amp;New measure</source>
        <translation>Novo &amp;questionário</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="85"/>
        <source>For example ORS</source>
        <translation>Por exemplo, ORS</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="90"/>
        <source>Lowest answer</source>
        <translation>Resposta mais baixa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="93"/>
        <source>Highest answer</source>
        <translation>Resposta mais alta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="96"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="100"/>
        <source>Answers in &amp;tenths (marks on a 10 cm line, as on ORS and SRS)</source>
        <translation>Respostas em &amp;décimos (marcas numa linha de 10 cm, como no ORS e no SRS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="103"/>
        <source>Higher totals are worse</source>
        <translation>Total mais alto é pior</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="104"/>
        <source>Higher totals are better</source>
        <translation>Total mais alto é melhor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="108"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="110"/>
        <source>Bands</source>
        <translation>Faixas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="116"/>
        <source>Add &amp;band</source>
        <translation>Adicionar &amp;faixa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="119"/>
        <source>Remo&amp;ve band</source>
        <translation>Remo&amp;ver faixa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="130"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="132"/>
        <source>The smallest change between two totals that is more than measurement error</source>
        <translation>A menor mudança entre dois totais que vai além do erro de medida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="137"/>
        <source>Standard deviation</source>
        <translation>Desvio padrão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="142"/>
        <source>Reliability</source>
        <translation>Confiabilidade</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="143"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="146"/>
        <source>Reliable change = 1.96 × √2 × SD × √(1 − reliability) (Jacobson and Truax)</source>
        <translation>Mudança confiável = 1,96 × √2 × DP × √(1 − confiabilidade) (Jacobson e Truax)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="150"/>
        <source>SD</source>
        <translation>DP</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="152"/>
        <source>reliability</source>
        <translation>confiabilidade</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="178"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="180"/>
        <source>&amp;Items:</source>
        <translation>&amp;Itens:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="181"/>
        <source>Each item &amp;from:</source>
        <translation>Cada item d&amp;e:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="186"/>
        <source>&amp;Direction:</source>
        <translation>Sen&amp;tido:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="187"/>
        <source>Bands:</source>
        <translation>Faixas:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="190"/>
        <source>&amp;Reliable change:</source>
        <translation>&amp;Mudança confiável:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="191"/>
        <source>or &amp;from:</source>
        <translation>ou a &amp;partir de:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="196"/>
        <source>The questions of licensed measures are not included: enter the answers or the total from the paper form, and take the bands and the reliable change from its manual.</source>
        <translation>As perguntas dos questionários licenciados não estão incluídas: registre as respostas ou o total do formulário em papel e tire as faixas e a mudança confiável do manual dele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="205"/>
        <source>&amp;Save measure</source>
        <translation>&amp;Salvar questionário</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="207"/>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="210"/>
        <source>An archived measure takes no new entries; its entries are kept</source>
        <translation>Um questionário arquivado não aceita novos registros; os que ele já tem são mantidos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="256"/>
        <source>{name} (shipped)</source>
        <translation>{name} (incluído no app)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="258"/>
        <source>{name} (archived)</source>
        <translation>{name} (arquivado)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="275"/>
        <source>New measure</source>
        <translation>Novo questionário</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="281"/>
        <source>Scored as published; shipped with its questions. {threshold}</source>
        <translation>Pontuado como foi publicado; vem com as perguntas. {threshold}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="314"/>
        <source>In use: its items and their range stay as they are.</source>
        <translation>Em uso: os itens e a faixa de respostas ficam como estão.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="317"/>
        <source>Bring &amp;back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="397"/>
        <source>Use {n} bands or fewer.</source>
        <translation>Use no máximo {n} faixas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="436"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="450"/>
        <source>Archived: it takes no new entries.</source>
        <translation>Arquivado: não aceita novos registros.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/instruments_dialog.py" line="452"/>
        <source>Back in use.</source>
        <translation>De volta ao uso.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="23"/>
        <source>Tuning the lock to this computer…</source>
        <translation>Ajustando a fechadura a este computador…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="25"/>
        <source>Re-encrypting private details: {done} of {total}…</source>
        <translation>Criptografando de novo os dados privados: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="28"/>
        <source>Bringing backups in line: {done} of {total}…</source>
        <translation>Atualizando os backups: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="35"/>
        <source>Out of reach: files already exported (copies for another laptop, member records, CSV files) and printed pages. A copy for another laptop still opens with the secret it was made with; delete those you can.</source>
        <translation>Fora do alcance: arquivos já exportados (cópias para outro notebook, fichas de participantes, arquivos CSV) e páginas impressas. Uma cópia para outro notebook continua abrindo com o segredo com que foi feita; apague as que puder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="46"/>
        <source>A new workspace key was made; %Ln private details were re-encrypted.</source>
        <translation>
            <numerusform>Uma nova chave do espaço de trabalho foi criada; %Ln dado privado foi criptografado de novo.</numerusform>
            <numerusform>Uma nova chave do espaço de trabalho foi criada; %Ln dados privados foram criptografados de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="53"/>
        <source>%Ln backups were re-encrypted with the new key.</source>
        <translation>
            <numerusform>%Ln backup foi criptografado de novo com a nova chave.</numerusform>
            <numerusform>%Ln backups foram criptografados de novo com a nova chave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="56"/>
        <source>%Ln backups now open only with the new secret.</source>
        <translation>
            <numerusform>%Ln backup agora só abre com o novo segredo.</numerusform>
            <numerusform>%Ln backups agora só abrem com o novo segredo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="59"/>
        <source>%Ln backups could not be updated and were removed; a fresh, checked backup takes their place.</source>
        <translation>
            <numerusform>%Ln backup não pôde ser atualizado e foi removido; um backup novo e verificado ficou no lugar.</numerusform>
            <numerusform>%Ln backups não puderam ser atualizados e foram removidos; um backup novo e verificado ficou no lugar deles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="67"/>
        <source>The backups could not be brought in line just now; that is finished the next time the workspace is unlocked.</source>
        <translation>Não foi possível atualizar os backups agora; isso será concluído na próxima vez que o espaço de trabalho for desbloqueado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="74"/>
        <source>%Ln damaged records could not be read, so they stay as they were (unreadable).</source>
        <translation>
            <numerusform>%Ln registro danificado não pôde ser lido, por isso continua como estava (ilegível).</numerusform>
            <numerusform>%Ln registros danificados não puderam ser lidos, por isso continuam como estavam (ilegíveis).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyChangeProgressDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/key_change_progress.py" line="30"/>
        <source>Checking the passphrase…</source>
        <translation>Verificando a frase-senha…</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="104"/>
        <source>Cancelled: no check-in score was recorded.</source>
        <translation>Cancelado: nenhuma nota da abertura foi registrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="114"/>
        <source>Cancelled: no number was chosen.</source>
        <translation>Cancelado: nenhum número foi escolhido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="166"/>
        <source>No check-in score recorded: S then the number.</source>
        <translation>Nenhuma nota da abertura registrada: S e depois o número.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="176"/>
        <source>No member chosen: 0 needs two more digits (0 1 2 is member 12).</source>
        <translation>Nenhum participante escolhido: depois do 0 vêm mais dois dígitos (0 1 2 é o participante 12).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="193"/>
        <source>{typed} is not on this group's check-in scale ({low} to {high}): no score was recorded.</source>
        <translation>{typed} não está na escala da abertura deste grupo ({low} a {high}): nenhuma nota foi registrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="201"/>
        <source>Check-in score for {name}: {typed}_ (another digit, or a moment for {typed})</source>
        <translation>Nota da abertura de {name}: {typed}_ (outro dígito, ou aguarde um instante para {typed})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="204"/>
        <source>Check-in score for {name}: type {low} to {high} (Esc cancels)</source>
        <translation>Nota da abertura de {name}: digite de {low} a {high} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="213"/>
        <source>Rule card number: {typed} (Esc cancels)</source>
        <translation>Número do cartão de combinado: {typed} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="215"/>
        <source>Attendance of member {typed} (Esc cancels)</source>
        <translation>Presença do participante {typed} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="216"/>
        <source>Member number: {typed} (Esc cancels)</source>
        <translation>Número do participante: {typed} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="218"/>
        <source>Rule card: type its number (R again: the selected card).</source>
        <translation>Cartão de combinado: digite o número dele (R de novo: o cartão selecionado).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/key_router.py" line="219"/>
        <source>Attendance: type the member's number, or choose with ↑↓ and press Enter.</source>
        <translation>Presença: digite o número do participante, ou escolha com ↑↓ e pressione Enter.</translation>
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
        <translation>Teclas na sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys_dialog.py" line="138"/>
        <source>One key per action, wherever the focus is; every key also has a button or a click. Keys do nothing while you type a note. A member's number stays the same for the whole session.</source>
        <translation>Uma tecla por ação, onde quer que esteja o foco; toda tecla também tem um botão ou um clique. As teclas não fazem nada enquanto você digita uma anotação. O número de um participante é o mesmo durante todo o encontro.</translation>
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
        <translation>{title}, já nos combinados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="106"/>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="119"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="120"/>
        <source>Lock the workspace (Ctrl+L)</source>
        <translation>Bloquear o espaço de trabalho (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Lock workspace</source>
        <translation>&amp;Bloquear espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Backups…</source>
        <translation>Bac&amp;kups…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="184"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Sobre o {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="189"/>
        <source>Encrypted workspace · Ctrl+L locks</source>
        <translation>Espaço de trabalho criptografado · Ctrl+L bloqueia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="280"/>
        <source>Unsaved changes were cleared when the workspace locked.</source>
        <translation>As alterações não salvas foram descartadas quando o espaço de trabalho foi bloqueado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="363"/>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/main_window.py" line="364"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;An offline companion for facilitators of in-person groups. Everything stays on this computer.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Um companheiro offline para quem facilita grupos presenciais. Tudo fica neste computador.</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="22"/>
        <source>[former member]</source>
        <extracomment>each replaces a name in a text; keep the square brackets so the marker reads as the app's, not as something a member said.</extracomment>
        <translation>[ex-participante]</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/markers.py" line="23"/>
        <source>[another member]</source>
        <translation>[outro participante]</translation>
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
        <translation>Registrar questionário — {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="81"/>
        <source>Enter a measure from paper</source>
        <translation>Registrar um questionário preenchido em papel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="83"/>
        <source>Measure</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="85"/>
        <source>&amp;Define measures…</source>
        <translation>&amp;Definir questionários…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="87"/>
        <source>Add a measure whose form you have on paper (ORS, SRS, CORE-10 …)</source>
        <translation>Adicionar um questionário que você tem em papel (ORS, SRS, CORE-10 …)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="101"/>
        <source>Date the form was filled in</source>
        <translation>Data em que o formulário foi preenchido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="104"/>
        <source>Session</source>
        <translation>Encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="107"/>
        <source>Each item's &amp;answer</source>
        <translation>&amp;Resposta de cada item</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="108"/>
        <source>Only the &amp;total from the paper</source>
        <translation>Só o &amp;total do papel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="120"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Questionário:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="125"/>
        <source>Filled in &amp;on:</source>
        <translation>Preenchido e&amp;m:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="126"/>
        <source>&amp;Session:</source>
        <translation>E&amp;ncontro:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="127"/>
        <source>Enter:</source>
        <translation>Registrar:</translation>
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
        <translation>Total até agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="189"/>
        <source>Stored encrypted; never shown on the room display.</source>
        <translation>Guardado com criptografia; nunca aparece na tela da sala.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="229"/>
        <source>Not tied to a session</source>
        <translation>Sem vínculo com um encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="236"/>
        <source>{date} at {time}</source>
        <translation>{date} às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="269"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="277"/>
        <source>Item {n}</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="271"/>
        <source>{n}.</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="297"/>
        <source>There is no measure to enter. Define one first.</source>
        <translation>Não há questionário para registrar. Defina um primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="310"/>
        <source>Each item from {low} to {high}.</source>
        <translation>Cada item de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="317"/>
        <source>The total is from {low} to {high}.</source>
        <translation>O total vai de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="374"/>
        <source>Answered {given} of {items} · total so far {total}</source>
        <translation>Respondidos {given} de {items} · total até agora {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="385"/>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="408"/>
        <source>Type the total from the paper.</source>
        <translation>Digite o total que está no papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="389"/>
        <source>Total {total} of {most}</source>
        <translation>Total {total} de {most}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="416"/>
        <source>Item {n} has no answer yet. Type it, or enter only the total from the paper.</source>
        <translation>O item {n} ainda não tem resposta. Digite-a ou registre só o total do papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/entry_dialog.py" line="458"/>
        <source>Measure saved.</source>
        <translation>Questionário salvo.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="29"/>
        <source>Export {alias}'s scores</source>
        <translation>Exportar as pontuações de {alias}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="30"/>
        <source>The file will hold {alias}'s name and scores in plain text.</source>
        <translation>O arquivo vai conter o nome e as pontuações de {alias} em texto aberto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="31"/>
        <source>Anyone who opens it can read how they answered. Save it only where others cannot see it, and delete it when you no longer need it.</source>
        <translation>Qualquer pessoa que abrir o arquivo poderá ler como a pessoa respondeu. Salve-o só onde outras pessoas não possam ver e apague-o quando não precisar mais dele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="35"/>
        <source>Choose where to save…</source>
        <translation>Escolher onde salvar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="40"/>
        <source>Export scores as CSV</source>
        <translation>Exportar pontuações como CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="42"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="55"/>
        <source>The file could not be saved: {why}</source>
        <translation>Não foi possível salvar o arquivo: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/export.py" line="58"/>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="29"/>
        <source>minimal</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="30"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="31"/>
        <source>moderate</source>
        <translation>moderado</translation>
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
        <translation>melhora confiável</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="51"/>
        <source>reliable deterioration</source>
        <translation>piora confiável</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="52"/>
        <source>no reliable change</source>
        <translation>sem mudança confiável</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="53"/>
        <source>no reliable-change threshold set</source>
        <translation>sem limiar de mudança confiável definido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="59"/>
        <source>No reliable-change threshold is set for this measure.</source>
        <translation>Nenhum limiar de mudança confiável está definido para este questionário.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="60"/>
        <source>A change of {n} points or more counts as reliable.</source>
        <translation>Uma mudança de {n} pontos ou mais conta como confiável.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher is better.</source>
        <translation>Quanto mais alto, melhor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="66"/>
        <source>Higher totals are worse.</source>
        <translation>Quanto mais alto o total, pior.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="77"/>
        <source>{measure}: no readable entries.</source>
        <translation>{measure}: nenhum registro legível.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="81"/>
        <source>{measure}: one entry, {date}: {total}.</source>
        <translation>{measure}: um registro, {date}: {total}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="90"/>
        <source>{measure}: {n} entries from {first} to {latest}.</source>
        <translation>{measure}: {n} registros de {first} a {latest}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="98"/>
        <source>First {first}, latest {latest}: {change}.</source>
        <translation>Primeiro {first}, último {latest}: {change}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="106"/>
        <source>Lowest {low}, highest {high}.</source>
        <translation>Mínimo {low}, máximo {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="113"/>
        <source>Item 9 answered above 0 in {n} of them, most recently {date}.</source>
        <translation>Item 9 respondido acima de 0 em {n} deles, o mais recente em {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="120"/>
        <source>Entries that could not be read and are left out: {n}.</source>
        <translation>Registros que não puderam ser lidos e ficaram de fora: {n}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="131"/>
        <source>Item 9 was answered above 0</source>
        <translation>O item 9 foi respondido acima de 0</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="137"/>
        <source>{alias} marked “{answer}” for thoughts that they would be better off dead, or of hurting themselves in some way.</source>
        <translation>{alias} marcou “{answer}” para pensamentos de que seria melhor estar morto(a) ou de se ferir de alguma forma.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="144"/>
        <source>This answer is not a diagnosis and does not say how much risk there is; it is a reason to ask. Consider speaking with them soon, in private, about how they are now; following your own service's safety procedures (who to contact, what to record); and talking it through with your supervisor or a colleague. If you believe someone is in immediate danger, follow your emergency procedure.</source>
        <translation>Esta resposta não é um diagnóstico e não diz qual é o grau de risco; é um motivo para perguntar. Considere conversar com a pessoa em breve, em particular, sobre como ela está agora; seguir os procedimentos de segurança do seu serviço (quem contatar, o que registrar); e conversar sobre isso com sua supervisão ou com um(a) colega. Se você acredita que alguém corre perigo imediato, siga seu procedimento de emergência.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="154"/>
        <source>With the total only, item 9 (thoughts of being better off dead or of self-harm) is not checked here: look at its answer on the paper.</source>
        <translation>Só com o total, o item 9 (pensamentos de que seria melhor estar morto(a) ou de se ferir) não é verificado aqui: confira a resposta dele no papel.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/labels.py" line="161"/>
        <source>I have read this</source>
        <translation>Li este aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="32"/>
        <source>Not on track</source>
        <translation>Fora do esperado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="52"/>
        <source>{alias}: {measure} reliably worse than at first — {before} on {since}, {latest} on {latest_on} (a change of {threshold} or more is reliable)</source>
        <translation>{alias}: {measure} com piora confiável desde o início — {before} em {since}, {latest} em {latest_on} (uma mudança de {threshold} ou mais é confiável)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="64"/>
        <source>{alias} · {measure} {before} → {latest}</source>
        <translation>{alias} · {measure} {before} → {latest}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="68"/>
        <source>{alias}: check-in fell from {before} ({since}) to {latest} ({latest_on}) over their last three sessions</source>
        <translation>{alias}: a nota da abertura caiu de {before} ({since}) para {latest} ({latest_on}) nos últimos três encontros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/not_on_track.py" line="78"/>
        <source>{alias} · check-in {before} → {latest}</source>
        <translation>{alias} · abertura {before} → {latest}</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="47"/>
        <source>Outcome measures</source>
        <translation>Questionários</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="56"/>
        <source>Measure</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="58"/>
        <source>Mea&amp;sure:</source>
        <translation>&amp;Questionário:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="60"/>
        <source>&amp;Enter a measure…</source>
        <translation>&amp;Registrar questionário…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="61"/>
        <source>Type in a questionnaire filled in on paper</source>
        <translation>Digitar um questionário preenchido em papel</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="63"/>
        <source>E&amp;xport scores…</source>
        <translation>E&amp;xportar pontuações…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="64"/>
        <source>Their scores as a CSV file</source>
        <translation>As pontuações da pessoa em um arquivo CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="77"/>
        <source>Measure summary</source>
        <translation>Resumo do questionário</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="79"/>
        <source>Shading: the measure's bands, darker towards the worse end. Dashed lines: a reliable change from the first total. ▲▼ reliably worse or better than the first; ○ the latest; a red ring: item 9 above 0.</source>
        <translation>Sombreado: as faixas do questionário, mais escuras para o lado pior. Linhas tracejadas: uma mudança confiável a partir do primeiro total. ▲▼ pior ou melhor que o primeiro, de forma confiável; ○ o mais recente; um anel vermelho: item 9 acima de 0.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="88"/>
        <source>Entries of this measure</source>
        <translation>Registros deste questionário</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="92"/>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Excluir registro…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="162"/>
        <source>No measures entered for them yet.</source>
        <translation>Nenhum questionário registrado para esta pessoa ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="233"/>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="236"/>
        <source>Delete entry</source>
        <translation>Excluir registro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="234"/>
        <source>Delete this entry?</source>
        <translation>Excluir este registro?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_panel.py" line="245"/>
        <source>Entry deleted.</source>
        <translation>Registro excluído.</translation>
    </message>
</context>
<context>
    <name>MemberCopyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="69"/>
        <source>A member's copy</source>
        <translation>Cópia para o participante</translation>
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
        <translation>Só este &amp;encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="77"/>
        <source>Sessions &amp;from</source>
        <translation>Encontros &amp;de</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="81"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="82"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="89"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="97"/>
        <source>Other members as their &amp;initials</source>
        <translation>Demais participantes pelas &amp;iniciais</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="98"/>
        <source>Other members' names &amp;removed</source>
        <translation>Nomes dos demais &amp;removidos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="106"/>
        <source>The copy holds the group note and this member's own facts and lines. Every other member's name, phone number and e-mail is reduced to initials or removed. Read it over before it leaves your hands.</source>
        <translation>A cópia contém o registro do grupo e os dados e as linhas deste participante. O nome, o telefone e o e-mail de todos os outros participantes são reduzidos às iniciais ou removidos. Leia tudo com atenção antes de entregar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="119"/>
        <source>Save as &amp;PDF…</source>
        <translation>Salvar como PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="121"/>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="123"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="137"/>
        <source>Sessions:</source>
        <translation>Encontros:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="141"/>
        <source>Others:</source>
        <translation>Demais:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="179"/>
        <source>The first day is after the last. Nothing was made.</source>
        <translation>O primeiro dia é depois do último. Nada foi gerado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="213"/>
        <source>The copy could not be made ({error}). Nothing was saved.</source>
        <translation>Não foi possível gerar a cópia ({error}). Nada foi salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="233"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Não foi possível salvar o PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="238"/>
        <source>Saved {file}.</source>
        <translation>{file} salvo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="244"/>
        <source>progress-entry-{date}.pdf</source>
        <translation>evolucao-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="247"/>
        <source>Save the member's copy</source>
        <translation>Salvar a cópia do participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="261"/>
        <source>Progress entry</source>
        <translation>Evolução individual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="268"/>
        <source>The printer could not be started. Check it is connected and on.</source>
        <translation>Não foi possível iniciar a impressora. Verifique se ela está conectada e ligada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_copy.py" line="270"/>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="54"/>
        <source>Progress entry for {name}</source>
        <translation>Evolução individual de {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="56"/>
        <source>A line or two about {name} today.</source>
        <translation>Uma ou duas linhas sobre {name} hoje.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="64"/>
        <source>Add an addendum for {name}…</source>
        <translation>Adicionar um adendo para {name}…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/member_entry.py" line="101"/>
        <source>These lines are damaged and cannot be shown.</source>
        <translation>Estas linhas estão danificadas e não podem ser mostradas.</translation>
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
        <translation>{alias} — saiu em {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/members.py" line="55"/>
        <source>This record is damaged and cannot be shown or edited.</source>
        <translation>Este registro está danificado e não pode ser mostrado nem editado.</translation>
    </message>
</context>
<context>
    <name>MemberRights</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="74"/>
        <source>Export member record</source>
        <translation>Exportar ficha do participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="75"/>
        <source>This record cannot be exported.</source>
        <translation>Esta ficha não pode ser exportada.</translation>
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
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="94"/>
        <source>Current streak</source>
        <translation>Sequência atual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="95"/>
        <source>Absent without notice</source>
        <translation>Faltas sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="96"/>
        <source>Passed</source>
        <translation>Passou a vez</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="97"/>
        <source>Quiet lately</source>
        <translation>Em silêncio ultimamente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="99"/>
        <source>Recent sessions in a row in which they passed or spoke for less than a third of an equal share of the time.</source>
        <translation>Encontros seguidos mais recentes em que a pessoa passou a vez ou falou menos de um terço de uma divisão igual do tempo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="116"/>
        <source>No sessions since they joined.</source>
        <translation>Nenhum encontro desde que entrou no grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="118"/>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="352"/>
        <source>Airtime share per session</source>
        <translation>Participação no tempo de fala por encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="120"/>
        <source>Bars: their share of the airtime; dashed line: their average when present; ○ came and passed. Letters: attendance. Click a bar to open that session.</source>
        <translation>Barras: a participação da pessoa no tempo de fala; linha tracejada: a média dela quando presente; ○ veio e passou a vez. Letras: presença. Clique em uma barra para abrir aquele encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="128"/>
        <source>Rule sets signed</source>
        <translation>Versões dos combinados assinadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="137"/>
        <source>Notes and follow-ups</source>
        <translation>Anotações e acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="140"/>
        <source>Notes about this member</source>
        <translation>Anotações sobre este participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="150"/>
        <source>Selected note</source>
        <translation>Anotação selecionada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="152"/>
        <source>Open in &amp;Notes</source>
        <translation>Abrir em &amp;Anotações</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="188"/>
        <source>The chosen member</source>
        <translation>O participante escolhido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="194"/>
        <source>Pick a member to see their attendance and airtime over the weeks.</source>
        <translation>Escolha um participante para ver a presença e o tempo de fala ao longo das semanas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="262"/>
        <source>Choose a member…</source>
        <translation>Escolha um participante…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="267"/>
        <source>{alias} (left)</source>
        <translation>{alias} (saiu)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="298"/>
        <source>In the group since {date}</source>
        <translation>No grupo desde {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="300"/>
        <source>left {date}</source>
        <translation>saiu em {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="302"/>
        <source>seat {n}</source>
        <translation>lugar {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="305"/>
        <source>{attended} of %Ln sessions</source>
        <translation>
            <numerusform>{attended} de %Ln encontro</numerusform>
            <numerusform>{attended} de %Ln encontros</numerusform>
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
            <numerusform>encontro seguido · máximo {n}</numerusform>
            <numerusform>encontros seguidos · máximo {n}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="321"/>
        <source>in a row — worth a call</source>
        <translation>
            <numerusform>seguida — vale a pena ligar</numerusform>
            <numerusform>seguidas — vale a pena ligar</numerusform>
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
            <numerusform>vez · {turns}</numerusform>
            <numerusform>vezes · {turns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="335"/>
        <source>sessions in a row with little said</source>
        <translation>
            <numerusform>encontro seguido falando pouco</numerusform>
            <numerusform>encontros seguidos falando pouco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="337"/>
        <source>sessions</source>
        <translation>
            <numerusform>encontro</numerusform>
            <numerusform>encontros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="354"/>
        <source>Airtime share per session — the last {shown} of {total}</source>
        <translation>Participação no tempo de fala por encontro — os últimos {shown} de {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="362"/>
        <source>Version {v} · signed {date}</source>
        <translation>Versão {v} · assinada em {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="369"/>
        <source>Has not signed a version of the rules yet.</source>
        <translation>Ainda não assinou nenhuma versão dos combinados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="385"/>
        <source>The group's rules are at version {v}.</source>
        <translation>Os combinados do grupo estão na versão {v}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="387"/>
        <source>✓ Signed.</source>
        <translation>✓ Assinada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="389"/>
        <source>Not signed yet.</source>
        <translation>Ainda não assinou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="400"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln anotação</numerusform>
            <numerusform>%Ln anotações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="402"/>
        <source>%Ln open follow-ups</source>
        <translation>
            <numerusform>%Ln acompanhamento em aberto</numerusform>
            <numerusform>%Ln acompanhamentos em aberto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="423"/>
        <source>due {date}</source>
        <translation>prazo {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="425"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="58"/>
        <source>&amp;Add member</source>
        <translation>&amp;Adicionar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="59"/>
        <source>Add a member to this group (Ctrl+N)</source>
        <translation>Adicionar um participante a este grupo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="63"/>
        <source>Members in seat order</source>
        <translation>Participantes na ordem da roda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="65"/>
        <source>Drag to change seats, or use Alt+Up and Alt+Down.</source>
        <translation>Arraste para mudar os lugares, ou use Alt+Seta para cima e Alt+Seta para baixo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="67"/>
        <source>Move u&amp;p</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="68"/>
        <source>Move one seat earlier (Alt+Up)</source>
        <translation>Um lugar antes (Alt+Seta para cima)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="70"/>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="71"/>
        <source>Move one seat later (Alt+Down)</source>
        <translation>Um lugar depois (Alt+Seta para baixo)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="74"/>
        <source>Show members who &amp;left</source>
        <translation>Mostrar quem já sa&amp;iu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="78"/>
        <source>Seat order is the order of rounds. Drag to change it.</source>
        <translation>A ordem da roda é a ordem das rodadas. Arraste para mudá-la.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="89"/>
        <source>Print sign-in s&amp;heet…</source>
        <translation>Imprimir lista de &amp;presença…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="104"/>
        <source>First name or nickname</source>
        <translation>Primeiro nome ou apelido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="107"/>
        <source>What the room sees. Must be different from everyone else in this group.</source>
        <translation>O que a sala vê. Precisa ser diferente do de todas as outras pessoas deste grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="114"/>
        <source>Al&amp;ias:</source>
        <translation>&amp;Nome no grupo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="118"/>
        <source>Private — encrypted</source>
        <translation>Privado — criptografado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="121"/>
        <source>Phone or email</source>
        <translation>Telefone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="125"/>
        <source>Anything you need to remember (access needs, who referred them…)</source>
        <translation>Qualquer coisa que você precise lembrar (necessidades de acessibilidade, quem encaminhou…)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="129"/>
        <source>Shown only on this screen. Stored encrypted with your passphrase; never on the room display or handouts.</source>
        <translation>Mostrado só nesta tela. Guardado com criptografia pela sua frase-senha; nunca aparece na tela da sala nem nos impressos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="139"/>
        <source>Full &amp;name:</source>
        <translation>Nome comp&amp;leto:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="140"/>
        <source>C&amp;ontact:</source>
        <translation>Con&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="141"/>
        <source>&amp;Remarks:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="144"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="145"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Salvar (Ctrl+S ou Enter)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="147"/>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>Mark as l&amp;eft</source>
        <translation>R&amp;egistrar saída</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="158"/>
        <source>E&amp;xport member record…</source>
        <translation>E&amp;xportar ficha do participante…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="159"/>
        <source>A file with everything held about this member</source>
        <translation>Um arquivo com tudo o que está guardado sobre este participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="161"/>
        <source>Erase &amp;member…</source>
        <translation>Apaga&amp;r participante…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="162"/>
        <source>Remove this member and their history for good</source>
        <translation>Remover este participante e o histórico dele para sempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="164"/>
        <source>En&amp;ter a measure…</source>
        <translation>Registrar &amp;questionário…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="165"/>
        <source>Type in a PHQ-9, GAD-7 or your own measure</source>
        <translation>Digitar um PHQ-9, um GAD-7 ou um questionário seu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="195"/>
        <source>Create a group on the Groups page first; its members are listed here.</source>
        <translation>Primeiro crie um grupo na página Grupos; os participantes dele aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="222"/>
        <source>Members</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="288"/>
        <source>New member</source>
        <translation>Novo participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="290"/>
        <source>Damaged record</source>
        <translation>Registro danificado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="292"/>
        <source>Edit member</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="317"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/members_page.py" line="326"/>
        <source>{group} · %Ln in seat order</source>
        <translation>
            <numerusform>{group} · %Ln na ordem da roda</numerusform>
            <numerusform>{group} · %Ln na ordem da roda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_page.py" line="335"/>
        <source>R&amp;ejoin</source>
        <translation>R&amp;eintegrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>the new member</source>
        <translation>o novo participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="78"/>
        <source>this member</source>
        <translation>este participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="196"/>
        <source>Seat order saved.</source>
        <translation>Ordem da roda salva.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="219"/>
        <source>Member erased, backups included: {deleted} notes removed, their name taken out of {kept} others.</source>
        <translation>Participante apagado, inclusive dos backups: {deleted} anotações removidas, o nome retirado de outras {kept}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="237"/>
        <source>Marked as left. Their history is kept.</source>
        <translation>Saída registrada. O histórico foi mantido.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="239"/>
        <source>Tick “Show members who left” to see them.</source>
        <translation>Marque “Mostrar quem já saiu” para ver.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="241"/>
        <source>Welcome back: rejoined the group.</source>
        <translation>Que bom que voltou: reintegrado ao grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member added.</source>
        <translation>Participante adicionado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/members_presenter.py" line="266"/>
        <source>Member saved.</source>
        <translation>Participante salvo.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="152"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="154"/>
        <source>Several unrelated words</source>
        <translation>Várias palavras sem relação entre si</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat passphrase</source>
        <translation>Repita a frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="157"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita a nova frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="161"/>
        <source>Su&amp;ggest one</source>
        <translation>Su&amp;gerir uma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="163"/>
        <source>Fill in a strong passphrase of six random words, for you to write down</source>
        <translation>Preencher com uma frase-senha forte de seis palavras aleatórias, para você anotar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;New passphrase:</source>
        <translation>Nova &amp;frase-senha:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="188"/>
        <source>&amp;Repeat it:</source>
        <translation>Re&amp;pita:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="222"/>
        <source>No passphrase can be suggested: the word list is missing from this installation. Four or more unrelated words of your own work as well.</source>
        <translation>Não é possível sugerir uma frase-senha: a lista de palavras não está nesta instalação. Quatro ou mais palavras suas, sem relação entre si, também funcionam.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="234"/>
        <source>Your new passphrase, filled in above:</source>
        <translation>Sua nova frase-senha, já preenchida acima:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="237"/>
        <source>Write it down now, exactly as shown, and keep it somewhere safe.</source>
        <translation>Anote-a agora, exatamente como aparece, e guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="273"/>
        <source>The two passphrases do not match.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="55"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="57"/>
        <source>Members this note is about</source>
        <translation>Participantes de quem esta anotação trata</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="61"/>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="131"/>
        <source>Tick the members this note is about.</source>
        <translation>Marque os participantes de quem esta anotação trata.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="65"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="66"/>
        <source>&amp;Follow up</source>
        <translation>&amp;Acompanhar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="67"/>
        <source>List this note under Follow-ups</source>
        <translation>Listar esta anotação em Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="68"/>
        <source>D&amp;ue by</source>
        <translation>Pra&amp;zo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="71"/>
        <source>Due date</source>
        <translation>Data do prazo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="73"/>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="74"/>
        <source>The follow-up has been done</source>
        <translation>O acompanhamento foi feito</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="122"/>
        <source>{alias} (left)</source>
        <translation>{alias} (saiu)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/details.py" line="133"/>
        <source>This group has no members yet.</source>
        <translation>Este grupo ainda não tem participantes.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor.py" line="40"/>
        <source>Note text</source>
        <translation>Texto da anotação</translation>
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
        <translation>Acompanhado ✓</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="105"/>
        <source>Follow up by {date}</source>
        <translation>Acompanhar até {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="106"/>
        <source>To follow up</source>
        <translation>Para acompanhar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="194"/>
        <source>⚠ Damaged note</source>
        <translation>⚠ Anotação danificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/models.py" line="195"/>
        <source>(empty note)</source>
        <translation>(anotação vazia)</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="180"/>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="184"/>
        <source>Quick note</source>
        <translation>Anotação rápida</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="181"/>
        <source>&amp;Quick note (only you see it)</source>
        <translation>Anotação &amp;rápida (só você vê)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="183"/>
        <source>Type, then Enter saves it (encrypted)</source>
        <translation>Digite; Enter salva (com criptografia)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="186"/>
        <source>Enter saves · Shift+Enter starts a new line · Esc goes back to the room</source>
        <translation>Enter salva · Shift+Enter começa uma nova linha · Esc volta para a sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="264"/>
        <source>Saved, encrypted · about {name}</source>
        <translation>Salva, criptografada · sobre {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="266"/>
        <source>Saved, encrypted · not linked to anyone</source>
        <translation>Salva, criptografada · sem vínculo com ninguém</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="365"/>
        <source>About nobody: no one is speaking</source>
        <translation>Sobre ninguém: ninguém está falando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="372"/>
        <source>About {name}</source>
        <translation>Sobre {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="374"/>
        <source>Link the note to {name}, who was speaking ({key})</source>
        <translation>Vincular a anotação a {name}, que estava falando ({key})</translation>
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
            <numerusform>Longa demais para uma anotação rápida ({n} de %Ln caractere). Encurte ou escreva na página Anotações.</numerusform>
            <numerusform>Longa demais para uma anotação rápida ({n} de %Ln caracteres). Encurte ou escreva na página Anotações.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteShareBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="29"/>
        <source>For &amp;co-facilitators</source>
        <translation>Para &amp;cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="61"/>
        <source>Only a note of a shared group can go to its co-facilitators. This note stays on this laptop.</source>
        <translation>Só uma anotação de um grupo compartilhado pode ir para os cofacilitadores. Esta anotação fica neste notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="68"/>
        <source>Ticked, this note is read by this group's co-facilitators (other laptops: {count}), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation>Marcada, esta anotação pode ser lida pelos cofacilitadores deste grupo (outros notebooks: {count}), protegida com a chave do grupo. Desmarcada, ela fica só neste notebook e é retirada dos outros.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="108"/>
        <source>This note goes to the co-facilitators at the next sync.</source>
        <translation>Esta anotação vai para os cofacilitadores na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/note_share.py" line="110"/>
        <source>This note is taken back from the co-facilitators at the next sync.</source>
        <translation>Esta anotação é retirada dos cofacilitadores na próxima sincronização.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked, this note is read by this group's co-facilitators (%n other laptops), sealed with the group's key. Unticked, it stays on this laptop and is taken back from theirs.</source>
        <translation type="vanished">
            <numerusform>Marcada, esta anotação pode ser lida pelos cofacilitadores deste grupo (%n outro notebook), protegida com a chave do grupo. Desmarcada, ela fica só neste notebook e é retirada dos outros.</numerusform>
            <numerusform>Marcada, esta anotação pode ser lida pelos cofacilitadores deste grupo (%n outros notebooks), protegida com a chave do grupo. Desmarcada, ela fica só neste notebook e é retirada dos outros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="21"/>
        <source>Free text</source>
        <translation>Texto livre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="22"/>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="23"/>
        <source>What happened in the session, in your own words.</source>
        <translation>O que aconteceu no encontro, com suas palavras.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="24"/>
        <source>DAP (Data, Assessment, Plan)</source>
        <translation>DAP (Dados, Avaliação, Plano)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="25"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="26"/>
        <source>What was said and done: the topics, what members brought, what you saw.</source>
        <translation>O que foi dito e feito: os temas, o que os participantes trouxeram, o que você observou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="29"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="30"/>
        <source>Your reading of it: the group's process, themes, progress, concerns.</source>
        <translation>Sua leitura: o processo do grupo, temas, avanços, preocupações.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="33"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="34"/>
        <source>What comes next: the next session's focus, follow-ups.</source>
        <translation>O que vem a seguir: o foco do próximo encontro, acompanhamentos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="35"/>
        <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
        <translation>BIRP (Comportamento, Intervenção, Resposta, Plano)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="36"/>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="37"/>
        <source>What members showed and said: mood, participation, how they related.</source>
        <translation>O que os participantes mostraram e disseram: humor, participação, como se relacionaram.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="40"/>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="41"/>
        <source>What you did: the topics, prompts and techniques.</source>
        <translation>O que você fez: temas, perguntas e técnicas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="42"/>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="43"/>
        <source>How the group and its members responded.</source>
        <translation>Como o grupo e seus participantes reagiram.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="44"/>
        <source>Next steps: the next session's focus and follow-ups.</source>
        <translation>Próximos passos: o foco do próximo encontro e os acompanhamentos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="45"/>
        <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
        <translation>SOAP (Subjetivo, Objetivo, Avaliação, Plano)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="46"/>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="47"/>
        <source>What members reported in their own words: the concerns they brought.</source>
        <translation>O que os participantes relataram com suas próprias palavras: as preocupações que trouxeram.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="50"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="51"/>
        <source>What you observed: attendance, participation, affect, interactions.</source>
        <translation>O que você observou: presença, participação, afeto, interações.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="54"/>
        <source>Your assessment of the group's process and progress.</source>
        <translation>Sua avaliação do processo e dos avanços do grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_words.py" line="55"/>
        <source>The next session's focus, tasks agreed, follow-ups.</source>
        <translation>O foco do próximo encontro, tarefas combinadas, acompanhamentos.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="31"/>
        <source>Write here. It is saved as you type, encrypted.</source>
        <translation>Escreva aqui. É salvo enquanto você digita, com criptografia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="40"/>
        <source>This note is damaged and cannot be shown. The other notes are fine; you can delete this one.</source>
        <translation>Esta anotação está danificada e não pode ser mostrada. As outras anotações estão bem; você pode excluir esta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="68"/>
        <source>Choose a note on the left, or start a new one with New note (Ctrl+N).</source>
        <translation>Escolha uma anotação à esquerda ou comece uma nova com Nova anotação (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="124"/>
        <source>New note — saved as soon as you type.</source>
        <translation>Nova anotação — salva assim que você digitar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="150"/>
        <source>Saved · encrypted</source>
        <translation>Salva · criptografada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="154"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="158"/>
        <source>Not saved yet: {reason}</source>
        <translation>Ainda não salva: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="165"/>
        <source>Written {when}</source>
        <translation>Escrita em {when}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/editor_panel.py" line="166"/>
        <source>Written {when}
Changed {changed}</source>
        <translation>Escrita em {when}
Alterada em {changed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="35"/>
        <source>All &amp;groups</source>
        <translation>&amp;Todos os grupos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="36"/>
        <source>List the notes of every group</source>
        <translation>Listar as anotações de todos os grupos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="39"/>
        <source>Notes about</source>
        <translation>Anotações sobre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="43"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="44"/>
        <source>All notes</source>
        <translation>Todas as anotações</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="45"/>
        <source>Follow-up open</source>
        <translation>Acompanhamento em aberto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="46"/>
        <source>Follow-up done</source>
        <translation>Acompanhamento feito</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="48"/>
        <source>A&amp;bout:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="50"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="93"/>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/filters.py" line="98"/>
        <source>{alias} (left)</source>
        <translation>{alias} (saiu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="60"/>
        <source>The newest %Ln notes. Search to find older ones.</source>
        <translation>
            <numerusform>A anotação mais recente (%Ln). Pesquise para encontrar as mais antigas.</numerusform>
            <numerusform>As %Ln anotações mais recentes. Pesquise para encontrar as mais antigas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="62"/>
        <source>No notes here yet.</source>
        <translation>Nenhuma anotação aqui ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="77"/>
        <source>Create a group on the Groups page to write notes about it.</source>
        <translation>Crie um grupo na página Grupos para escrever anotações sobre ele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="90"/>
        <source>No note holds all of these words, in its text or in the names of the members it is about.</source>
        <translation>Nenhuma anotação contém todas estas palavras, no texto ou nos nomes dos participantes de quem ela trata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="95"/>
        <source>The newest %Ln matching notes, from all groups. Add a word to narrow.</source>
        <translation>
            <numerusform>A anotação mais recente que corresponde (%Ln), de todos os grupos. Acrescente uma palavra para refinar.</numerusform>
            <numerusform>As %Ln anotações mais recentes que correspondem, de todos os grupos. Acrescente uma palavra para refinar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="101"/>
        <source>%Ln matching notes, from all groups.</source>
        <translation>
            <numerusform>%Ln anotação corresponde, de todos os grupos.</numerusform>
            <numerusform>%Ln anotações correspondem, de todos os grupos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up marked done.</source>
        <translation>Acompanhamento marcado como feito.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="287"/>
        <source>Follow-up open again.</source>
        <translation>Acompanhamento reaberto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/open_note.py" line="316"/>
        <source>Note deleted.</source>
        <translation>Anotação excluída.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="66"/>
        <source>Search all notes, or who they are about (Ctrl+F)</source>
        <translation>Pesquisar em todas as anotações ou por quem elas tratam (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="68"/>
        <source>Search all notes</source>
        <translation>Pesquisar em todas as anotações</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="70"/>
        <source>Finds the notes that hold every word, in their text or in the alias or full name of a member they are about.</source>
        <translation>Encontra as anotações que contêm todas as palavras, no texto ou no nome no grupo ou nome completo de um participante de quem elas tratam.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="77"/>
        <source>&amp;New note</source>
        <translation>&amp;Nova anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="78"/>
        <source>Start a new note in this group (Ctrl+N)</source>
        <translation>Começar uma nova anotação neste grupo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="79"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="80"/>
        <source>Delete this note for good</source>
        <translation>Excluir esta anotação para sempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="93"/>
        <source>Notes, newest first</source>
        <translation>Anotações, da mais recente à mais antiga</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="168"/>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="228"/>
        <source>this note</source>
        <translation>esta anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="303"/>
        <source>Search in every group · encrypted</source>
        <translation>Pesquisa em todos os grupos · criptografada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="305"/>
        <source>All groups · newest first · encrypted</source>
        <translation>Todos os grupos · mais recentes primeiro · criptografadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="308"/>
        <source>{group} · newest first · encrypted</source>
        <translation>{group} · mais recentes primeiro · criptografadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="392"/>
        <source>Delete note</source>
        <translation>Excluir anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="393"/>
        <source>Delete this note?</source>
        <translation>Excluir esta anotação?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="394"/>
        <source>It is removed from the workspace for good, together with its follow-up. This cannot be undone.</source>
        <translation>Ela é removida do espaço de trabalho para sempre, junto com o acompanhamento. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/page.py" line="398"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Excluir para sempre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/notes/presenter.py" line="89"/>
        <source>Note saved.</source>
        <translation>Anotação salva.</translation>
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
        <translation>Força da frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="74"/>
        <source>Tip: several unrelated words, like “lantern orbit velvet seven”.</source>
        <translation>Dica: várias palavras sem relação entre si, como “lanterna órbita veludo sete”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="76"/>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="78"/>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Boa o suficiente. Mais uma palavra sem relação a deixaria forte.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="83"/>
        <source>Try four or more unrelated words, or let the app suggest some.</source>
        <translation>Tente quatro ou mais palavras sem relação entre si, ou deixe o app sugerir algumas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="91"/>
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Curta demais: use pelo menos %Ln caractere.</numerusform>
            <numerusform>Curta demais: use pelo menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="93"/>
        <source>This is one of the most common passwords; anyone trying to open the file would try it early.</source>
        <translation>Esta é uma das senhas mais comuns; quem tentasse abrir o arquivo a testaria logo no começo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="98"/>
        <source>It is built on a common password; anyone trying to open the file would try those early, with the usual additions.</source>
        <translation>Ela se baseia em uma senha comum; quem tentasse abrir o arquivo testaria essas senhas logo no começo, com os acréscimos de sempre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="103"/>
        <source>Look-alike symbols (like @ for a) or a word spelled backwards fool nobody: they are among the first things tried.</source>
        <translation>Símbolos parecidos (como @ no lugar de a) ou uma palavra escrita de trás para a frente não enganam ninguém: estão entre as primeiras coisas testadas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="108"/>
        <source>Names, alone or with a year, are among the first things anyone trying to open the file would guess.</source>
        <translation>Nomes, sozinhos ou com um ano, estão entre as primeiras coisas que alguém tentando abrir o arquivo adivinharia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="113"/>
        <source>A common word or two on their own are easy to guess.</source>
        <translation>Uma ou duas palavras comuns, sozinhas, são fáceis de adivinhar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="115"/>
        <source>Words about this app or its work, like “group” or “facilitator”, are the first anyone would try here.</source>
        <translation>Palavras sobre este app ou o seu trabalho, como “grupo” ou “facilitador”, são as primeiras que alguém tentaria aqui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="120"/>
        <source>Keys next to each other on the keyboard, like “qwerty” or “asdfgh”, are tried early.</source>
        <translation>Teclas vizinhas no teclado, como “qwerty” ou “asdfgh”, são testadas logo no começo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="125"/>
        <source>Repeated letters or words, like “aaaaaaaa”, add almost nothing.</source>
        <translation>Letras ou palavras repetidas, como “aaaaaaaa”, quase não acrescentam nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="127"/>
        <source>Sequences like “12345678” or “abcdef” are tried early.</source>
        <translation>Sequências como “12345678” ou “abcdef” são testadas logo no começo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="129"/>
        <source>Dates and years, like a birthday, are easy to guess.</source>
        <translation>Datas e anos, como um aniversário, são fáceis de adivinhar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="131"/>
        <source>A computer trying every possibility would find this before long.</source>
        <translation>Um computador testando todas as possibilidades encontraria esta em pouco tempo.</translation>
    </message>
</context>
<context>
    <name>PlanActualBars</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="43"/>
        <source>Planned and actual time per segment</source>
        <translation>Tempo previsto e realizado por etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="49"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} de {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/plan_actual.py" line="87"/>
        <source>{name}: planned {planned}, took {actual} ({delta})</source>
        <translation>{name}: previsto {planned}, levou {actual} ({delta})</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="73"/>
        <source>Handout preview</source>
        <translation>Prévia do impresso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="94"/>
        <source>Updating the preview</source>
        <translation>Atualizando a prévia</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="127"/>
        <source>The preview could not be shown.</source>
        <translation>Não foi possível mostrar a prévia.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="297"/>
        <source>Your details on handouts</source>
        <translation>Seus dados nos impressos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="299"/>
        <source>Your name as members know it</source>
        <translation>Seu nome como os participantes conhecem</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="301"/>
        <source>Phone or email for members</source>
        <translation>Telefone ou e-mail para os participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="303"/>
        <source>e.g. Samaritans: 116 123, day or night</source>
        <translation>ex.: CVV: 188, dia e noite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="310"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="311"/>
        <source>Con&amp;tact:</source>
        <translation>Co&amp;ntato:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="312"/>
        <source>Support lin&amp;e:</source>
        <translation>Lin&amp;ha de apoio:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="315"/>
        <source>Printed on ground rules and sign-in sheets, for every group.</source>
        <translation>Impressos nos combinados e nas listas de presença de todos os grupos.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="25"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="26"/>
        <source>You have unsaved changes to {what}.</source>
        <translation>Você tem alterações não salvas ({what}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/prompts.py" line="27"/>
        <source>Save them before you go on?</source>
        <translation>Salvar antes de continuar?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="62"/>
        <source>{app} — recovery key</source>
        <translation>{app} — chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="63"/>
        <source>Made on {date}.</source>
        <translation>Criada em {date}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="64"/>
        <source>This key opens your workspace if the passphrase is forgotten. On the unlock screen choose “Use recovery key”, type the key (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>Esta chave abre seu espaço de trabalho se a frase-senha for esquecida. Na tela de desbloqueio, escolha “Use a chave de recuperação”, digite a chave (espaços e hifens não importam) e escolha uma nova frase-senha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="69"/>
        <source>Anyone who has this paper can open your notes. Keep it locked away, not with the laptop.</source>
        <translation>Quem tiver este papel pode abrir suas anotações. Guarde-o trancado, longe do notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="90"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="107"/>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="164"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="93"/>
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="95"/>
        <source>If you ever forget your passphrase, this key opens the workspace and lets you choose a new one.</source>
        <translation>Se um dia você esquecer sua frase-senha, esta chave abre o espaço de trabalho e permite escolher uma nova.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="115"/>
        <source>&lt;b&gt;This is the only time the key is shown.&lt;/b&gt; Print it or write it down now, and keep it somewhere safe away from this laptop. Anyone who has it can open your notes.</source>
        <translation>&lt;b&gt;Esta é a única vez que a chave é mostrada.&lt;/b&gt; Imprima ou anote agora e guarde em um lugar seguro, longe deste notebook. Quem tiver a chave pode abrir suas anotações.</translation>
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
        <translation>Copiar para colar em um gerenciador de senhas; a área de transferência é limpa quando esta janela fecha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="131"/>
        <source>I have &amp;stored it safely</source>
        <translation>Eu a &amp;guardei em lugar seguro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="166"/>
        <source>Print the recovery key</source>
        <translation>Imprimir a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_key.py" line="173"/>
        <source>Copied. The clipboard is cleared when this window closes.</source>
        <translation>Copiada. A área de transferência é limpa quando esta janela fechar.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEdit</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="26"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="45"/>
        <source>Type the recovery key you printed or wrote down when you set it up. Spaces, dashes and upper or lower case do not matter. Then choose a new passphrase.</source>
        <translation>Digite a chave de recuperação que você imprimiu ou anotou quando a configurou. Espaços, hifens e letras maiúsculas ou minúsculas não importam. Depois, escolha uma nova frase-senha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/vault/recovery_unlock.py" line="59"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Chave:</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="44"/>
        <source>real-time clock</source>
        <translation>relógio em tempo real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="45"/>
        <source>clock {n}× faster</source>
        <translation>relógio {n}× mais rápido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="51"/>
        <source>Rehearsal summary</source>
        <translation>Resumo do ensaio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="52"/>
        <source>Rehearsal</source>
        <translation>Ensaio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="56"/>
        <source>Nothing of this rehearsal was kept: when this closes, it is gone.</source>
        <translation>Nada deste ensaio foi guardado: quando esta janela fechar, ele some.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="79"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="89"/>
        <source>End the open session before rehearsing.</source>
        <translation>Encerre o encontro aberto antes de ensaiar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="97"/>
        <source>Sample group</source>
        <translation>Grupo de exemplo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="108"/>
        <source>Rehearsal open on invented members: mark who is here, then press Space. Nothing of it is kept.</source>
        <translation>Ensaio aberto com participantes fictícios: marque quem está presente e pressione Espaço. Nada dele é guardado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="129"/>
        <source>Stop rehearsal</source>
        <translation>Parar ensaio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="130"/>
        <source>Stop the rehearsal?</source>
        <translation>Parar o ensaio?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="131"/>
        <source>Its clock never started. Nothing of it is kept.</source>
        <translation>O relógio dele nem começou. Nada dele é guardado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="132"/>
        <source>&amp;Stop rehearsal</source>
        <translation>&amp;Parar ensaio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="137"/>
        <source>Rehearsal stopped. Nothing of it was kept.</source>
        <translation>Ensaio parado. Nada dele foi guardado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="140"/>
        <source>End rehearsal</source>
        <translation>Encerrar ensaio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="141"/>
        <source>End the rehearsal now?</source>
        <translation>Encerrar o ensaio agora?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="142"/>
        <source>You see its summary once, then it is gone: nothing of a rehearsal is kept in History, attendance, follow-ups, notes or backups.</source>
        <translation>Você vê o resumo uma única vez e depois ele some: nada de um ensaio é guardado no Histórico, na presença, no acompanhamento, nas anotações ou nos backups.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="146"/>
        <source>&amp;End rehearsal</source>
        <translation>&amp;Encerrar ensaio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="154"/>
        <source>Rehearsal ended. Nothing of it was kept.</source>
        <translation>Ensaio encerrado. Nada dele foi guardado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="160"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="161"/>
        <source>Quit in the middle of the rehearsal?</source>
        <translation>Sair no meio do ensaio?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="162"/>
        <source>Nothing of a rehearsal is kept: the next start will not offer it again.</source>
        <translation>Nada de um ensaio é guardado: na próxima vez que o app abrir, ele não será oferecido de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal_mode.py" line="198"/>
        <source>Rehearsal · invented members · {speed}. Nothing of it is kept: not in History, attendance, follow-ups, notes or backups.</source>
        <translation>Ensaio · participantes fictícios · {speed}. Nada dele é guardado: nem no Histórico, na presença, no acompanhamento, nas anotações ou nos backups.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="38"/>
        <source>The workspace file is missing from this folder and no backup was restored. Unlock again to look at the backups once more, or quit and start the app again to begin a new, empty workspace (the backups are kept).</source>
        <translation>O arquivo do espaço de trabalho não está nesta pasta e nenhum backup foi restaurado. Desbloqueie de novo para ver os backups mais uma vez, ou saia e abra o app de novo para começar um espaço de trabalho novo e vazio (os backups são mantidos).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="52"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="80"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace missing</source>
        <translation>Espaço de trabalho não encontrado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="53"/>
        <source>The workspace file is missing from this folder.</source>
        <translation>O arquivo do espaço de trabalho não está nesta pasta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="55"/>
        <source>Its backups folder holds copies of a workspace. Restore the newest one that opens with your passphrase (you type it next), or start a new, empty workspace. The backups are kept either way.</source>
        <translation>A pasta de backups dele tem cópias de um espaço de trabalho. Restaure a mais recente que abre com a sua frase-senha (você vai digitá-la em seguida) ou comece um espaço de trabalho novo e vazio. Os backups são mantidos em qualquer caso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="61"/>
        <source>&amp;Restore a backup</source>
        <translation>&amp;Restaurar um backup</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="62"/>
        <source>&amp;Start a new workspace</source>
        <translation>&amp;Começar um novo espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="81"/>
        <source>The workspace file is missing from this folder. Restore the backup made {made}?</source>
        <translation>O arquivo do espaço de trabalho não está nesta pasta. Restaurar o backup feito em {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="84"/>
        <source>Changes made after the backup are not in it.</source>
        <translation>As alterações feitas depois do backup não estão nele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="86"/>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="167"/>
        <source>Workspace damaged</source>
        <translation>Espaço de trabalho danificado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="87"/>
        <source>This workspace is damaged. Restore the backup made {made}?</source>
        <translation>Este espaço de trabalho está danificado. Restaurar o backup feito em {made}?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="88"/>
        <source>The damaged file is kept beside it, renamed, in case it can be repaired. Changes made after the backup are not in it.</source>
        <translation>O arquivo danificado é mantido ao lado, com outro nome, caso possa ser reparado. As alterações feitas depois do backup não estão nele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="98"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Restaurar backup</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="110"/>
        <source>A newer backup, made {made}, is damaged and was skipped.</source>
        <translation>Um backup mais recente, feito em {made}, está danificado e foi ignorado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="111"/>
        <source>A newer backup, made {made}, was skipped: the part that the passphrase opens is damaged.</source>
        <translation>Um backup mais recente, feito em {made}, foi ignorado: a parte que a frase-senha abre está danificada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="115"/>
        <source>A newer backup, made {made}, does not open with this passphrase and was skipped.</source>
        <translation>Um backup mais recente, feito em {made}, não abre com esta frase-senha e foi ignorado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="118"/>
        <source>A newer backup, made {made}, was saved by a newer version of the app and was skipped.</source>
        <translation>Um backup mais recente, feito em {made}, foi salvo por uma versão mais nova do app e foi ignorado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="129"/>
        <source>The backup made {made} is damaged.</source>
        <translation>O backup feito em {made} está danificado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="130"/>
        <source>The backup made {made}: the part that the passphrase opens is damaged.</source>
        <translation>O backup feito em {made}: a parte que a frase-senha abre está danificada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="133"/>
        <source>The backup made {made} does not open with this passphrase.</source>
        <translation>O backup feito em {made} não abre com esta frase-senha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="134"/>
        <source>The backup made {made} was saved by a newer version of the app.</source>
        <translation>O backup feito em {made} foi salvo por uma versão mais nova do app.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="152"/>
        <source>… and %Ln older ones.</source>
        <translation>
            <numerusform>… e mais %Ln anterior.</numerusform>
            <numerusform>… e mais %Ln anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="158"/>
        <source>If you keep another copy (a backup or an export, on a USB stick for example), choose it: it is checked before anything is replaced.</source>
        <translation>Se você tiver outra cópia (um backup ou uma exportação, em um pen drive, por exemplo), escolha-a: ela é verificada antes que qualquer coisa seja substituída.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="168"/>
        <source>None of the backups in this folder can be restored.</source>
        <translation>Nenhum dos backups desta pasta pode ser restaurado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="170"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Escolher um arquivo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="178"/>
        <source>Choose a backup or an exported workspace</source>
        <translation>Escolha um backup ou um espaço de trabalho exportado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="180"/>
        <source>Workspace files (*.db *.fdw);;All files (*)</source>
        <translation>Arquivos de espaço de trabalho (*.db *.fdw);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="26"/>
        <source>Interrupted session</source>
        <translation>Encontro interrompido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="28"/>
        <source>A session of {group} was interrupted at {time}. Resume it?</source>
        <translation>Um encontro de {group} foi interrompido às {time}. Retomar?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="33"/>
        <source>Nothing was lost. It waits, paused, until you press Space; a member who was speaking has their turn ended at {time}.</source>
        <translation>Nada se perdeu. Ele fica pausado até você pressionar Espaço; se alguém estava falando, a fala foi encerrada às {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="38"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="39"/>
        <source>&amp;End it now</source>
        <translation>&amp;Encerrar agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/resume_offer.py" line="40"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;depois</translation>
    </message>
</context>
<context>
    <name>RoomBand</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="130"/>
        <source>Rehearsal · practice only</source>
        <translation>Ensaio · só para praticar</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="132"/>
        <source>The room display stays closed.</source>
        <translation>A tela da sala continua fechada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="254"/>
        <source>Mirrored screens</source>
        <translation>Telas espelhadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="255"/>
        <source>Another screen shows the same picture as yours.</source>
        <translation>Outra tela mostra a mesma imagem que a sua.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="257"/>
        <source>A projector set to mirror shows the room your private panels: who is here, airtime, your notes. The room view can cover them, or a blank screen can. F11 or Esc brings your panels back.</source>
        <translation>Um projetor espelhado mostra à sala os seus painéis privados: quem está presente, tempo de fala, suas anotações. A visão da sala pode cobri-los, ou uma tela vazia. F11 ou Esc trazem seus painéis de volta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="263"/>
        <source>Show the &amp;room view</source>
        <translation>Mostrar a &amp;visão da sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="264"/>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Ocultar a tela</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="279"/>
        <source>Room view on this screen · F11 or Esc: back to your panels</source>
        <translation>Visão da sala nesta tela · F11 ou Esc: volta para seus painéis</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="281"/>
        <source>Room view here and on the mirrored screen · F11 or Esc: back to your panels, which the room then sees · B: blank</source>
        <translation>Visão da sala aqui e na tela espelhada · F11 ou Esc: volta para seus painéis, que a sala passa a ver · B: ocultar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="289"/>
        <source>One screen: the room view fills it. F11 or Esc brings your panels back.</source>
        <translation>Uma só tela: a visão da sala ocupa a tela inteira. F11 ou Esc trazem seus painéis de volta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="293"/>
        <source>Your screen is mirrored: the room view covers your panels. F11 or Esc brings them back, and the room sees them then.</source>
        <translation>Sua tela está espelhada: a visão da sala cobre seus painéis. F11 ou Esc trazem os painéis de volta, e aí a sala passa a vê-los.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="297"/>
        <source>Room display full screen on {screen}. F11 closes it.</source>
        <translation>Tela da sala em tela cheia em {screen}. F11 fecha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="298"/>
        <source>the other screen</source>
        <translation>a outra tela</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_control.py" line="301"/>
        <source>Careful: {screen} mirrors your screen, so the room sees your panels there.</source>
        <translation>Atenção: {screen} espelha a sua tela, então a sala vê seus painéis lá.</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="137"/>
        <source>Room display</source>
        <translation>Tela da sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="163"/>
        <source>Time left in this segment</source>
        <translation>Tempo restante nesta etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="190"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="196"/>
        <source>Now speaking</source>
        <translation>Falando agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="193"/>
        <location filename="../../facilitator_desktop/ui/room_display.py" line="197"/>
        <source>Next</source>
        <translation>A seguir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="43"/>
        <source>Thank you</source>
        <translation>Obrigado pela presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Paused</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_frame.py" line="46"/>
        <source>Starting soon</source>
        <translation>Já vamos começar</translation>
    </message>
</context>
<context>
    <name>RoomVoice</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="98"/>
        <source>{name} speaking now</source>
        <translation>{name} falando agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="100"/>
        <source>Member {number} speaking now</source>
        <translation>Participante {number} falando agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="104"/>
        <source>{segment}, over time</source>
        <translation>{segment}, passou do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="105"/>
        <source>{segment}, {left}</source>
        <translation>{segment}, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="107"/>
        <source>Nearly done, {left}</source>
        <translation>Quase no fim, {left}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="109"/>
        <source>Over time</source>
        <translation>Passou do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="115"/>
        <source>no time left</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/room_voice.py" line="116"/>
        <source>{minutes} left</source>
        <translation>faltando {minutes}</translation>
    </message>
</context>
<context>
    <name>RuleCardEditor</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="49"/>
        <source>A few words, e.g. “One voice at a time”</source>
        <translation>Poucas palavras, ex.: “Uma voz de cada vez”</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="54"/>
        <source>Title length</source>
        <translation>Tamanho do título</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="62"/>
        <source>The rule as one plain sentence.</source>
        <translation>O combinado em uma frase simples.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="67"/>
        <source>Optional: why this rule helps the group.</source>
        <translation>Opcional: por que este combinado ajuda o grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="71"/>
        <source>Reason length</source>
        <translation>Tamanho do porquê</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="84"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="88"/>
        <source>S&amp;tatement:</source>
        <translation>&amp;Frase:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="90"/>
        <source>Wh&amp;y:</source>
        <translation>&amp;Por quê:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="167"/>
        <source>Keep the reason under %Ln characters (this one has {n}): it prints under the rule on cards and handouts.</source>
        <translation>
            <numerusform>Mantenha o porquê com menos de %Ln caractere (este tem {n}): ele é impresso abaixo do combinado nos cartões e impressos.</numerusform>
            <numerusform>Mantenha o porquê com menos de %Ln caracteres (este tem {n}): ele é impresso abaixo do combinado nos cartões e impressos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="180"/>
        <source>Give the card a short title.</source>
        <translation>Dê um título curto ao cartão.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="183"/>
        <source>Titles are at most %Ln characters (this one has {n}).</source>
        <translation>
            <numerusform>Os títulos têm no máximo %Ln caractere (este tem {n}).</numerusform>
            <numerusform>Os títulos têm no máximo %Ln caracteres (este tem {n}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="193"/>
        <source>Write the rule as one plain sentence.</source>
        <translation>Escreva o combinado em uma frase simples.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="196"/>
        <source>Keep the statement under {max} characters.</source>
        <translation>Mantenha a frase com menos de {max} caracteres.</translation>
    </message>
</context>
<context>
    <name>RuleCardListModel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/qmodels/rule_cards.py" line="57"/>
        <source>(untitled card)</source>
        <translation>(cartão sem título)</translation>
    </message>
</context>
<context>
    <name>RuleCardsOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="130"/>
        <source>Cut-out cards</source>
        <translation>Cartões para recortar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="131"/>
        <source>Folded table tents</source>
        <translation>Prismas de mesa (dobrar)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="133"/>
        <source>Table tents fold across the middle and stand on the table, readable from both sides.</source>
        <translation>Os prismas de mesa são dobrados ao meio e ficam de pé sobre a mesa, legíveis dos dois lados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="142"/>
        <source>Show the “why” u&amp;nder each rule</source>
        <translation>Mostrar o “porquê” abai&amp;xo de cada combinado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="145"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="146"/>
        <source>C&amp;ards per page:</source>
        <translation>Cartões por pág&amp;ina:</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="60"/>
        <source>Rule set version</source>
        <translation>Versão dos combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="62"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versão:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="70"/>
        <source>Print ground rules…</source>
        <translation>Imprimir combinados…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="72"/>
        <source>Print rule cards…</source>
        <translation>Imprimir cartões de combinados…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="82"/>
        <source>Rule card library</source>
        <translation>Biblioteca de combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="90"/>
        <source>&amp;Add to rule set  →</source>
        <translation>&amp;Adicionar aos combinados  →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="91"/>
        <source>Add the selected library card (Enter)</source>
        <translation>Adicionar o cartão selecionado da biblioteca (Enter)</translation>
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
        <translation>Combinados do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="108"/>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Arraste para reordenar, ou use Alt+Seta para cima e Alt+Seta para baixo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="110"/>
        <source>Move u&amp;p</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="111"/>
        <source>Move the card up (Alt+Up)</source>
        <translation>Mover o cartão para cima (Alt+Seta para cima)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="113"/>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="114"/>
        <source>Move the card down (Alt+Down)</source>
        <translation>Mover o cartão para baixo (Alt+Seta para baixo)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="116"/>
        <source>&amp;New card</source>
        <translation>&amp;Novo cartão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="117"/>
        <source>Write a card of your own (Ctrl+N)</source>
        <translation>Escrever um cartão seu (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="119"/>
        <source>&amp;Retire card</source>
        <translation>&amp;Retirar cartão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="121"/>
        <source>Leave this card out of the next version; earlier versions keep it.</source>
        <translation>Deixar este cartão fora da próxima versão; as versões anteriores continuam com ele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="141"/>
        <source>&amp;Save as new version</source>
        <translation>&amp;Salvar como nova versão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="142"/>
        <source>Save the rule set as a new version (Ctrl+S)</source>
        <translation>Salvar os combinados como nova versão (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="147"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="162"/>
        <source>Create a group on the Groups page first; its ground rules are set here.</source>
        <translation>Primeiro crie um grupo na página Grupos; os combinados dele são definidos aqui.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="192"/>
        <source>Rules</source>
        <translation>Combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="197"/>
        <source>the rule set</source>
        <translation>os combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="235"/>
        <source>Working copy (based on version {n})</source>
        <translation>Rascunho (a partir da versão {n})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="237"/>
        <source>Working copy (not saved yet)</source>
        <translation>Rascunho (ainda não salvo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="241"/>
        <source>Version {n} · {date} · %Ln cards</source>
        <translation>
            <numerusform>Versão {n} · {date} · %Ln cartão</numerusform>
            <numerusform>Versão {n} · {date} · %Ln cartões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="245"/>
        <source> (current)</source>
        <translation> (atual)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="263"/>
        <source>You are looking at version {n} from {date}, read-only. Pick “Working copy” to edit the rules.</source>
        <translation>Você está vendo a versão {n} de {date}, só para leitura. Escolha “Rascunho” para editar os combinados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="272"/>
        <source>Version {n}</source>
        <translation>Versão {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="322"/>
        <source>Unsaved changes to the rule set</source>
        <translation>Alterações não salvas nos combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="326"/>
        <source>Version {n} is current.</source>
        <translation>A versão {n} é a atual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="330"/>
        <source>No rule set yet: add cards from the library.</source>
        <translation>Ainda não há combinados: adicione cartões da biblioteca.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="339"/>
        <source>Ground rules of {group}</source>
        <translation>Combinados de {group}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="397"/>
        <source>That card is already in the rule set.</source>
        <translation>Esse cartão já está nos combinados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="425"/>
        <source>Card retired from the working set; earlier versions keep it.</source>
        <translation>Cartão retirado do rascunho; as versões anteriores continuam com ele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="479"/>
        <source>Card {n} needs attention before saving.</source>
        <translation>O cartão {n} precisa de atenção antes de salvar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="494"/>
        <source>No changes: version {n} stays current.</source>
        <translation>Nenhuma alteração: a versão {n} continua sendo a atual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="496"/>
        <source>Saved as version {n}.</source>
        <translation>Salvo como versão {n}.</translation>
    </message>
</context>
<context>
    <name>RulesRail</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="24"/>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="26"/>
        <source>Rule cards</source>
        <translation>Cartões de combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="31"/>
        <source>Show  R</source>
        <translation>Mostrar  R</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="32"/>
        <source>Show the selected card on the room display (R then its number)</source>
        <translation>Mostrar o cartão selecionado na tela da sala (R e o número dele)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide  Esc</source>
        <translation>Ocultar  Esc</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="36"/>
        <source>Hide the card from the room display (Esc)</source>
        <translation>Ocultar o cartão da tela da sala (Esc)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="65"/>
        <source>No rule cards yet (Rules page).</source>
        <translation>Ainda não há cartões de combinados (página Combinados).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="90"/>
        <source>On the room display: {title}</source>
        <translation>Na tela da sala: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rules_rail.py" line="93"/>
        <source>No card on the room display.</source>
        <translation>Nenhum cartão na tela da sala.</translation>
    </message>
</context>
<context>
    <name>RunnerKeys</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="24"/>
        <source>Session and timer</source>
        <translation>Encontro e cronômetro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="25"/>
        <source>Who speaks</source>
        <translation>Quem fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="26"/>
        <source>Room display</source>
        <translation>Tela da sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="27"/>
        <source>Attendance, notes and the rest</source>
        <translation>Presença, anotações e o resto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="87"/>
        <source>Show rule card 1–9 (R alone or R R: the selected card)</source>
        <translation>Mostrar o cartão de combinado 1–9 (só R ou R R: o cartão selecionado)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="99"/>
        <source>Hide the rule card; cancel a number; leave a list</source>
        <translation>Ocultar o cartão de combinado; cancelar um número; sair de uma lista</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="107"/>
        <source>Blank the room display at once; B again shows it</source>
        <translation>Ocultar a tela da sala na hora; B de novo para mostrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="117"/>
        <source>Open or close the room display</source>
        <translation>Abrir ou fechar a tela da sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="128"/>
        <source>Start, pause or resume the session</source>
        <translation>Iniciar, pausar ou retomar o encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="135"/>
        <source>Next segment (after the last: end the session)</source>
        <translation>Próxima etapa (depois da última: encerrar o encontro)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="142"/>
        <source>Previous segment</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="149"/>
        <source>One more minute for this segment</source>
        <translation>Mais um minuto para esta etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="156"/>
        <source>Five more minutes for this segment</source>
        <translation>Mais cinco minutos para esta etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="164"/>
        <source>Next speaker (the second key: a clicker's forward)</source>
        <translation>Próxima pessoa a falar (a segunda tecla: o “avançar” do passador de slides)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="172"/>
        <source>Back to the previous speaker (a clicker's back): a stray next leaves no turn</source>
        <translation>Voltar a quem falou antes (o “voltar” do passador de slides): um “próximo” por engano não deixa fala registrada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="183"/>
        <source>Pass: the member whose turn it is passes</source>
        <translation>Passar: quem está com a vez passa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="191"/>
        <source>“Come back to me”: the speaker goes to the round's end</source>
        <translation>“Falo depois”: quem está com a vez vai para o fim da rodada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="201"/>
        <source>End the turn without calling anyone</source>
        <translation>Encerrar a fala sem chamar ninguém</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="209"/>
        <source>In a round: the speaker's check-in score, S then the number (only you see it)</source>
        <translation>Numa rodada: a nota da abertura de quem está falando, S e depois o número (só você vê)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="220"/>
        <source>Move the selected member up the queue</source>
        <translation>Subir o participante selecionado na fila</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="227"/>
        <source>Move the selected member down the queue</source>
        <translation>Descer o participante selecionado na fila</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="237"/>
        <source>Names on the room display: aliases, initials, none</source>
        <translation>Nomes na tela da sala: como no grupo, iniciais, nenhum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="248"/>
        <source>Attendance of member 1–9: Here, Late, Left early … (M, ↑↓, Enter: anyone)</source>
        <translation>Presença do participante 1–9: presente, chegou tarde… (M, ↑↓, Enter: qualquer um)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="260"/>
        <source>Write a quick note: Enter saves it, Esc goes back</source>
        <translation>Escrever uma anotação rápida: Enter salva, Esc volta</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="268"/>
        <source>Show these keys</source>
        <translation>Mostrar estas teclas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="280"/>
        <source>This member joins the queue; before a round they start it, speaking</source>
        <translation>Este participante entra na fila; antes de uma rodada, ele a começa, falando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="290"/>
        <source>Members from 10 up: 0 then two digits (0 1 2: member 12)</source>
        <translation>Participantes a partir do 10: 0 e depois dois dígitos (0 1 2: participante 12)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="298"/>
        <source>In the queue: take the selected member out</source>
        <translation>Na fila: tirar o participante selecionado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="303"/>
        <source>Everyone not marked yet is here</source>
        <translation>Todos os ainda não marcados estão presentes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="309"/>
        <source>Next list: agenda, queue, attendance, rule cards, note</source>
        <translation>Próxima lista: roteiro, fila, presença, cartões de combinados, anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="317"/>
        <source>Lock: the room display keeps only the timer</source>
        <translation>Bloquear: a tela da sala mantém só o cronômetro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/keys.py" line="322"/>
        <source>Quit (asks first while a session is open)</source>
        <translation>Sair (pergunta antes se houver um encontro aberto)</translation>
    </message>
    <message>
        <source>Next speaker (PgDn: a clicker's forward)</source>
        <translation type="vanished">Próxima pessoa a falar (PgDn: o “avançar” do passador de slides)</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="94"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="222"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="138"/>
        <source>Open a session first (Space).</source>
        <translation>Abra um encontro primeiro (Espaço).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="97"/>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="141"/>
        <source>Press Space to start the session first.</source>
        <translation>Pressione Espaço para começar o encontro primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="127"/>
        <source>This is the first segment.</source>
        <translation>Esta é a primeira etapa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="144"/>
        <source>%Ln more minutes for this segment.</source>
        <translation>
            <numerusform>Mais %Ln minuto para esta etapa.</numerusform>
            <numerusform>Mais %Ln minutos para esta etapa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="157"/>
        <source>The round is complete. → moves on to the next segment.</source>
        <translation>A rodada terminou. → passa para a próxima etapa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="159"/>
        <source>Mark who is here first (M, or All present).</source>
        <translation>Primeiro marque quem está presente (M, ou Todos aqui).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="161"/>
        <source>Nobody is waiting. A member's number adds them to the queue.</source>
        <translation>Ninguém está esperando. O número de um participante o coloca na fila.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="174"/>
        <source>“Come back to me” is for rounds; in open discussion use N.</source>
        <translation>“Falo depois” é para rodadas; na conversa livre, use N.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="181"/>
        <source>Nobody is speaking.</source>
        <translation>Ninguém está falando.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="194"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>Ninguém falou antes nesta etapa: não há para quem voltar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="198"/>
        <source>{name} is no longer here: nobody to go back to.</source>
        <translation>{name} não está mais aqui: não há para quem voltar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="217"/>
        <source>Nobody has number {n}: the numbers go from 1 to {last}.</source>
        <translation>Ninguém tem o número {n}: os números vão de 1 a {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="249"/>
        <source>Mark {name} as here first (M {n}, or a click on their status).</source>
        <translation>Marque {name} como presente primeiro (M {n}, ou um clique na situação).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="256"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} já está na fila.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="262"/>
        <source>The round is under way: N calls the next member.</source>
        <translation>A rodada está em andamento: N chama o próximo participante.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="299"/>
        <source>A round goes in seat order; the queue of an open discussion moves.</source>
        <translation>A rodada segue a ordem da roda; na conversa livre, a fila pode mudar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="304"/>
        <source>Choose a member in the queue first (a number, or Tab and ↑↓).</source>
        <translation>Escolha um participante na fila primeiro (um número, ou Tab e ↑↓).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="318"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="327"/>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="340"/>
        <source>This group has no rule cards yet.</source>
        <translation>Este grupo ainda não tem cartões de combinados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="336"/>
        <source>No rule card {n}: this group's cards go from 1 to {last}.</source>
        <translation>Não há cartão {n}: os cartões deste grupo vão de 1 a {last}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="356"/>
        <source>The card shows when the room display is open (F11).</source>
        <translation>O cartão aparece quando a tela da sala está aberta (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="389"/>
        <source>The room display is not open (F11).</source>
        <translation>A tela da sala não está aberta (F11).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="399"/>
        <source>The room display shows aliases.</source>
        <translation>A tela da sala mostra os nomes no grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="400"/>
        <source>The room display shows initials.</source>
        <translation>A tela da sala mostra as iniciais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="401"/>
        <source>The room display shows no names.</source>
        <translation>A tela da sala não mostra nomes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="29"/>
        <source>here</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="30"/>
        <source>late</source>
        <translation>chegou tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="31"/>
        <source>left early</source>
        <translation>saiu mais cedo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="32"/>
        <source>excused</source>
        <translation>falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="33"/>
        <source>absent</source>
        <translation>falta sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="71"/>
        <source>{name} is already marked {status}: nothing changed.</source>
        <translation>A situação de {name} já é “{status}”: nada mudou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="78"/>
        <source>Nothing changed.</source>
        <translation>Nada mudou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="92"/>
        <source>came at {time}</source>
        <translation>chegou às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="94"/>
        <source>left at {time}</source>
        <translation>saiu às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="96"/>
        <source>Change attendance</source>
        <translation>Alterar presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="97"/>
        <source>Mark {name} {status}?</source>
        <translation>Marcar {name} como “{status}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="98"/>
        <source>{name} {times}; that time is removed from the record.</source>
        <translation>{name} {times}; esse horário será removido do registro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="99"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/attendance_actions.py" line="101"/>
        <source>&amp;Change it</source>
        <translation>&amp;Alterar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="115"/>
        <source>A check-in score in this group goes from {low} to {high}.</source>
        <translation>Neste grupo, a nota da abertura vai de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="127"/>
        <source>Check-in score for {name}: {score}.</source>
        <translation>Nota da abertura de {name}: {score}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="129"/>
        <source>Check-in score for {name}: {score} (as before).</source>
        <translation>Nota da abertura de {name}: {score} (como antes).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="131"/>
        <source>Check-in score for {name}: {score}, replacing {previous}.</source>
        <translation>Nota da abertura de {name}: {score}, no lugar de {previous}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="147"/>
        <source>Check-in scores are recorded in rounds, from the member speaking.</source>
        <translation>As notas da abertura são registradas nas rodadas, para quem está falando.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/checkin_actions.py" line="151"/>
        <source>Nobody has spoken in this round yet: a score goes to the speaker.</source>
        <translation>Ninguém falou nesta rodada ainda: a nota vai para quem está falando.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="63"/>
        <source>Choose or create a group first.</source>
        <translation>Escolha ou crie um grupo primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="66"/>
        <source>Session open. Mark who is here, then press Space to start.</source>
        <translation>Encontro aberto. Marque quem está presente e pressione Espaço para começar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="96"/>
        <source>Session resumed. It waits, paused: press Space to go on.</source>
        <translation>Encontro retomado. Ele está pausado: pressione Espaço para continuar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="111"/>
        <source>End the interrupted session</source>
        <translation>Encerrar o encontro interrompido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="112"/>
        <source>End it now, as it was when it stopped?</source>
        <translation>Encerrar agora, do jeito que estava quando parou?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="113"/>
        <source>It is saved to the history; members not marked count as absent.</source>
        <translation>Ele é salvo no histórico; participantes sem marcação contam como falta sem aviso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="114"/>
        <source>&amp;End it</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="120"/>
        <source>The interrupted session was ended and saved to the history.</source>
        <translation>O encontro interrompido foi encerrado e salvo no histórico.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="138"/>
        <source>Discard session</source>
        <translation>Descartar encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="139"/>
        <source>Discard this session?</source>
        <translation>Descartar este encontro?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="140"/>
        <source>It never started, so nothing is kept (attendance marked is dropped).</source>
        <translation>Ele não chegou a começar, então nada é guardado (a presença marcada é descartada).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="141"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="145"/>
        <source>Session discarded.</source>
        <translation>Encontro descartado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="148"/>
        <source>End session</source>
        <translation>Encerrar encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="149"/>
        <source>End the session now?</source>
        <translation>Encerrar o encontro agora?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="150"/>
        <source>It becomes history: planned and actual times, attendance and turns are saved. Members not marked count as absent.</source>
        <translation>Ele vai para o histórico: tempos previstos e realizados, presença e falas são salvos. Participantes sem marcação contam como falta sem aviso.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="154"/>
        <source>&amp;End session</source>
        <translation>&amp;Encerrar encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="173"/>
        <source>It has not started: the next start offers it again, or you can discard it.</source>
        <translation>Ele não começou: na próxima vez que o app abrir, ele será oferecido de novo, ou você pode descartá-lo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="177"/>
        <source>The session stays open: the next start offers to resume it, paused where you quit. To save it to the history, end the session instead.</source>
        <translation>O encontro continua aberto: na próxima vez que o app abrir, você poderá retomá-lo, pausado onde parou. Para salvá-lo no histórico, encerre o encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="184"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="185"/>
        <source>Quit while a session is open?</source>
        <translation>Sair com um encontro aberto?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/lifecycle.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/page.py" line="192"/>
        <source>Session</source>
        <translation>Encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="52"/>
        <source>Soft chime when a segment ends</source>
        <translation>Som suave no fim da etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="54"/>
        <source>A soft chime when a segment's time runs out (off: silent)</source>
        <translation>Um sinal sonoro suave quando o tempo de uma etapa acaba (desligado: silêncio)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="58"/>
        <source>Five more minutes for this segment (F)</source>
        <translation>Mais cinco minutos para esta etapa (F)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="61"/>
        <source>Airtime · only you see this</source>
        <translation>Tempo de fala · só você vê</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/panels.py" line="63"/>
        <source>Nobody present yet.</source>
        <translation>Ninguém presente ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="122"/>
        <source>Run a group's session: timer, talking order, rule cards and notes.</source>
        <translation>Conduza o encontro de um grupo: cronômetro, ordem de fala, cartões de combinados e anotações.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="157"/>
        <source>A session of {group} was interrupted at {time}.</source>
        <translation>Um encontro de {group} foi interrompido às {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/presenter.py" line="222"/>
        <source>{group} · opened {time} · {present} here</source>
        <translation>{group} · aberto às {time} · presentes: {present}</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="39"/>
        <source>Safety number: {digits}</source>
        <translation>Número de segurança: {digits}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="47"/>
        <source>the twelve digits, e.g. 0412 7730 9921</source>
        <translation>os doze dígitos, ex.: 0412 7730 9921</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/safety.py" line="48"/>
        <source>The safety number you compared</source>
        <translation>O número de segurança que você comparou</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="21"/>
        <source>Not saved yet: the disk is full. Kept here; saved when there is room.</source>
        <translation>Ainda não salvo: o disco está cheio. Guardado aqui; será salvo quando houver espaço.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="23"/>
        <source>Not saved yet: the data folder is read-only. Kept here; saved when it can be written again.</source>
        <translation>Ainda não salvo: a pasta de dados está protegida contra gravação. Guardado aqui; será salvo quando for possível gravar de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="28"/>
        <source>Not saved yet: the workspace key is being changed. Kept here; saved in a moment.</source>
        <translation>Ainda não salvo: a chave do espaço de trabalho está sendo trocada. Guardado aqui; será salvo em instantes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="31"/>
        <source>Not saved yet: the disk could not be written. Kept here; saved when it works again.</source>
        <translation>Ainda não salvo: não foi possível gravar no disco. Guardado aqui; será salvo quando voltar a funcionar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="37"/>
        <source>Saved now: everything kept here is stored. Nothing was lost.</source>
        <translation>Salvo agora: tudo o que estava guardado aqui foi gravado. Nada se perdeu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="41"/>
        <source>The session has ended. It goes to the history as soon as it can be saved; keep the app open until then.</source>
        <translation>O encontro foi encerrado. Ele vai para o histórico assim que puder ser salvo; mantenha o app aberto até lá.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/save_state.py" line="48"/>
        <source>Some changes from the room are not saved yet (they could not be written): quitting now loses them.</source>
        <translation>Algumas alterações feitas na sala ainda não foram salvas (não foi possível gravá-las): se sair agora, elas se perdem.</translation>
    </message>
</context>
<context>
    <name>ScoreStrip</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="67"/>
        <source>Check-in score</source>
        <translation>Nota da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="82"/>
        <source>Check-in · {name}</source>
        <translation>Abertura · {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="84"/>
        <source>The speaker's self-rating</source>
        <translation>A autoavaliação de quem está falando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="85"/>
        <source>S then the number, or a click. Only you see it.</source>
        <translation>S e depois o número, ou um clique. Só você vê.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="92"/>
        <source>Check-in score of {name}: {score} (S {score})</source>
        <translation>Nota da abertura de {name}: {score} (S {score})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="96"/>
        <source>A score goes to the member speaking (S then the number).</source>
        <translation>A nota vai para quem está falando (S e depois o número).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/score_strip.py" line="108"/>
        <source>Check-in score {score}</source>
        <translation>Nota da abertura {score}</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Add a segment</source>
        <translation>Adicionar uma etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="43"/>
        <source>Change a segment</source>
        <translation>Alterar uma etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="49"/>
        <source>e.g. Closing round</source>
        <translation>ex.: Rodada de encerramento</translation>
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
        <translation>Rodada: todos, na ordem da roda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="60"/>
        <source>Open: raise a hand to join the queue</source>
        <translation>Livre: quem levanta a mão entra na fila</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="74"/>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="102"/>
        <source>Give the segment a name, e.g. “Check-out”.</source>
        <translation>Dê um nome à etapa, ex.: “Encerramento”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="105"/>
        <source>Enter how many minutes the segment takes.</source>
        <translation>Informe quantos minutos a etapa dura.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="107"/>
        <source>Enter whole minutes as a number, e.g. 10.</source>
        <translation>Informe os minutos como número inteiro, ex.: 10.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="109"/>
        <source>A segment needs at least 1 minute.</source>
        <translation>Uma etapa precisa ter pelo menos 1 minuto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/segment_dialog.py" line="111"/>
        <source>A segment can be at most {max} minutes.</source>
        <translation>Uma etapa pode ter no máximo {max} minutos.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="178"/>
        <source>A session is already open.</source>
        <translation>Já há um encontro aberto.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="201"/>
        <source>End the open session before resuming another.</source>
        <translation>Encerre o encontro aberto antes de retomar outro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="209"/>
        <source>This session's record cannot be read back to resume it.</source>
        <translation>O registro deste encontro não pode ser lido, então ele não pode ser retomado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="321"/>
        <source>Open a session first.</source>
        <translation>Abra um encontro primeiro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="324"/>
        <source>First say whether the laptop's sleep counts as session time.</source>
        <translation>Primeiro diga se o tempo em que o notebook dormiu conta como tempo de encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="436"/>
        <source>Counted as session time: {duration} of sleep. A turn under way ended when the laptop went to sleep.</source>
        <translation>Contado como tempo de encontro: {duration} de suspensão. Uma fala em andamento terminou quando o notebook entrou em suspensão.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="441"/>
        <source>Not counted: {duration} of sleep. The clock goes on from where it stopped.</source>
        <translation>Não contado: {duration} de suspensão. O relógio continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="477"/>
        <source>The laptop slept for {duration} while the session was paused.</source>
        <translation>O notebook ficou em suspensão por {duration} enquanto o encontro estava pausado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/controller.py" line="479"/>
        <source>The laptop slept for {duration} before the session started.</source>
        <translation>O notebook ficou em suspensão por {duration} antes de o encontro começar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="23"/>
        <source>End the turn under way first.</source>
        <translation>Encerre primeiro a fala em andamento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="24"/>
        <source>Nobody is speaking.</source>
        <translation>Ninguém está falando.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="25"/>
        <source>Nobody is marked present yet.</source>
        <translation>Ninguém foi marcado como presente ainda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="26"/>
        <source>The round is complete: it is nobody's turn to pass.</source>
        <translation>A rodada terminou: não é a vez de ninguém passar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="27"/>
        <source>Nobody else is waiting in this round.</source>
        <translation>Ninguém mais está esperando nesta rodada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="28"/>
        <source>Nobody spoke before in this segment: nobody to go back to.</source>
        <translation>Ninguém falou antes nesta etapa: não há para quem voltar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="29"/>
        <source>The round has not started yet.</source>
        <translation>A rodada ainda não começou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="30"/>
        <source>No segment is running.</source>
        <translation>Nenhuma etapa está em andamento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="31"/>
        <source>That is for rounds; this segment is an open discussion.</source>
        <translation>Isso é para rodadas; esta etapa é uma conversa livre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="32"/>
        <source>That is for open discussion; this segment is a round.</source>
        <translation>Isso é para a conversa livre; esta etapa é uma rodada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="33"/>
        <source>{name} is not marked present.</source>
        <translation>{name} não está marcado como presente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="34"/>
        <source>{name} is not the one speaking.</source>
        <translation>Não é {name} quem está falando.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="35"/>
        <source>{name} is not waiting in the queue.</source>
        <translation>{name} não está esperando na fila.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="36"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} já está na fila.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="37"/>
        <source>{name} is already in the round.</source>
        <translation>{name} já está na rodada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="38"/>
        <source>{name} is speaking: end their turn before they leave.</source>
        <translation>{name} está falando: encerre a fala antes da saída.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="39"/>
        <source>This is the first segment.</source>
        <translation>Esta é a primeira etapa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="40"/>
        <source>That segment is already the current one.</source>
        <translation>Essa etapa já é a atual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="41"/>
        <source>The session has not started yet: Space starts it.</source>
        <translation>O encontro ainda não começou: a barra de espaço o inicia.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="42"/>
        <source>The session is already running.</source>
        <translation>O encontro já está em andamento.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="43"/>
        <source>The session is paused: Space resumes it.</source>
        <translation>O encontro está pausado: a barra de espaço o retoma.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="44"/>
        <source>The session has ended.</source>
        <translation>O encontro terminou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="45"/>
        <source>A segment's planned time cannot go below zero.</source>
        <translation>O tempo previsto de uma etapa não pode ficar abaixo de zero.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="46"/>
        <source>An agenda needs at least one segment.</source>
        <translation>Um roteiro precisa de pelo menos uma etapa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="47"/>
        <source>A segment needs a name.</source>
        <translation>Uma etapa precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/refusals.py" line="56"/>
        <source>That is not possible right now.</source>
        <translation>Isso não é possível agora.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Open or close the room display (F11)</source>
        <translation>Abrir ou fechar a tela da sala (F11)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="20"/>
        <source>Room display  F11</source>
        <translation>Tela da sala  F11</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="24"/>
        <source>Blank  B</source>
        <translation>Ocultar  B</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="25"/>
        <source>Blank the room display at once; again to restore (B)</source>
        <translation>Ocultar a tela da sala na hora; de novo para mostrar (B)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="30"/>
        <source>Names: aliases</source>
        <translation>Nomes: como no grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="31"/>
        <source>Names: initials</source>
        <translation>Nomes: iniciais</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="32"/>
        <source>Names: none</source>
        <translation>Nomes: nenhum</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="33"/>
        <source>How the room display names members</source>
        <translation>Como a tela da sala mostra os participantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="34"/>
        <source>Names on the room display</source>
        <translation>Nomes na tela da sala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Keys  ?</source>
        <translation>Teclas  ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="36"/>
        <source>Show all keys (?)</source>
        <translation>Mostrar todas as teclas (?)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End session…</source>
        <translation>Encerrar encontro…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/header.py" line="38"/>
        <source>End the session and see its summary</source>
        <translation>Encerrar o encontro e ver o resumo</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="120"/>
        <source>Attended</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="121"/>
        <source>Segments</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="122"/>
        <source>Overruns</source>
        <translation>Estouros</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="126"/>
        <source>When the session started (✎ = corrected afterwards)</source>
        <translation>Quando o encontro começou (✎ = corrigido depois)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="127"/>
        <source>How long it ran</source>
        <translation>Quanto tempo durou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="128"/>
        <source>Members present, late or leaving early (+ guests)</source>
        <translation>Participantes presentes, que chegaram tarde ou saíram mais cedo (+ visitantes)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="129"/>
        <source>Agenda segments</source>
        <translation>Etapas do roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="130"/>
        <source>Segments that ran more than a minute over their plan</source>
        <translation>Etapas que passaram mais de um minuto do previsto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="172"/>
        <source>{date}, started {clock}</source>
        <translation>{date}, começou às {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="176"/>
        <source>✎ Corrected afterwards: open it to see what changed.</source>
        <translation>✎ Corrigido depois: abra para ver o que mudou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="179"/>
        <source>{actual} of {planned} planned</source>
        <translation>{actual} de {planned} previstos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="183"/>
        <source>{members} and {guests}</source>
        <translation>{members} e {guests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="187"/>
        <source>%Ln of {m} segments ran over</source>
        <translation>
            <numerusform>%Ln de {m} etapas passou do tempo</numerusform>
            <numerusform>%Ln de {m} etapas passaram do tempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="36"/>
        <source>Session notes to sign</source>
        <translation>Registros de encontro para assinar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="47"/>
        <source>Session of {date}</source>
        <translation>Encontro de {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="48"/>
        <source>The note of the session of {date} is not signed, %Ln day(s) on.</source>
        <translation>
            <numerusform>O registro do encontro de {date} está sem assinatura há %Ln dia.</numerusform>
            <numerusform>O registro do encontro de {date} está sem assinatura há %Ln dias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="56"/>
        <source>Open the session note</source>
        <translation>Abrir o registro do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="60"/>
        <source>&amp;Open the note</source>
        <translation>&amp;Abrir o registro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="25"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="26"/>
        <source>late</source>
        <translation>chegou tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="27"/>
        <source>left early</source>
        <translation>saiu mais cedo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="28"/>
        <source>excused</source>
        <translation>falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="29"/>
        <source>absent without notice</source>
        <translation>falta sem aviso</translation>
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
        <translation>chegou tarde, às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="75"/>
        <source>left {time}</source>
        <translation>saiu às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="82"/>
        <source>{name}: {actual} of {planned}</source>
        <translation>{name}: {actual} de {planned}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="93"/>
        <source>{name}: {turns}; nobody passed</source>
        <translation>{name}: {turns}; ninguém passou a vez</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="94"/>
        <source>{name}: {turns}; passed: {names}</source>
        <translation>{name}: {turns}; passaram a vez: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="104"/>
        <source>{status} {start}–{end}</source>
        <translation>{status} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="110"/>
        <source>spoke {time} ({share})</source>
        <translation>falou {time} ({share})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="117"/>
        <source>check-in {score} ({low}–{high})</source>
        <translation>nota da abertura {score} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="135"/>
        <source>ground rules not acknowledged</source>
        <translation>combinados não assinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="137"/>
        <source>ground rules v{version} acknowledged</source>
        <translation>combinados v{version} assinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/words.py" line="140"/>
        <source>ground rules v{version} acknowledged (v{current} in force)</source>
        <translation>combinados v{version} assinados (v{current} em vigor)</translation>
    </message>
    <message>
        <source>The note of the session of {date} is not signed, {days} days on.</source>
        <translation type="vanished">O registro do encontro de {date} está sem assinatura há {days} dias.</translation>
    </message>
</context>
<context>
    <name>SessionNoteDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="99"/>
        <source>Session note not saved</source>
        <translation>Registro do encontro não salvo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/across_lock.py" line="100"/>
        <source>The last lines of this session note could not be saved. They are kept, sealed, until you open this note again; it saves them then.</source>
        <translation>As últimas linhas deste registro do encontro não puderam ser salvas. Elas ficam guardadas, protegidas, até você abrir este registro de novo; aí ele as salva.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="76"/>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="79"/>
        <source>Session note</source>
        <translation>Registro do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="86"/>
        <source>This note is damaged and cannot be shown or changed. The session's facts are fine; a backup may hold an intact copy of the note.</source>
        <translation>Este registro está danificado e não pode ser mostrado nem alterado. Os dados do encontro estão bem; um backup pode ter uma cópia intacta do registro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="101"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="103"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="105"/>
        <source>Edit &amp;templates…</source>
        <translation>Editar mo&amp;delos…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="115"/>
        <source>Themes, separated by commas</source>
        <translation>Temas, separados por vírgulas</translation>
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
        <translation>Adicionar um &amp;adendo ao registro do grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="136"/>
        <source>Nobody was present: there are no progress entries.</source>
        <translation>Ninguém estava presente: não há evoluções individuais.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="145"/>
        <source>The group</source>
        <translation>O grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="153"/>
        <source>Each member present</source>
        <translation>Cada participante presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="167"/>
        <source>&amp;Copy for a member…</source>
        <translation>&amp;Cópia para um participante…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="169"/>
        <source>A member's progress entry as a PDF, the others reduced to initials</source>
        <translation>A evolução individual de um participante em PDF, com os demais reduzidos às iniciais</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="172"/>
        <source>&amp;Sign…</source>
        <translation>A&amp;ssinar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="173"/>
        <source>Signed, the note no longer changes</source>
        <translation>Depois de assinado, o registro não muda mais</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="175"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="361"/>
        <source>Not saved: {why}</source>
        <translation>Não salvo: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="367"/>
        <source>Saved {time}</source>
        <translation>Salvo às {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="380"/>
        <source>Signed {date}, {time}: read-only</source>
        <translation>Assinado em {date}, {time}: somente leitura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="386"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="388"/>
        <source>Not written yet</source>
        <translation>Ainda não escrito</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="402"/>
        <source>Sign the session note</source>
        <translation>Assinar o registro do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="403"/>
        <source>Sign this session note?</source>
        <translation>Assinar este registro do encontro?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="404"/>
        <source>Signed, it can no longer change, as in a clinical record. What you add later is a dated addendum under it.</source>
        <translation>Depois de assinado, ele não pode mais mudar, como num prontuário. O que você acrescentar depois vira um adendo datado abaixo dele.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="408"/>
        <source>&amp;Sign</source>
        <translation>A&amp;ssinar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="423"/>
        <source>An addendum to the group note.</source>
        <translation>Um adendo ao registro do grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/editor.py" line="429"/>
        <source>An addendum to {name}'s progress entry.</source>
        <translation>Um adendo à evolução individual de {name}.</translation>
    </message>
</context>
<context>
    <name>SessionNoteSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="28"/>
        <source>Session notes</source>
        <translation>Registros do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="33"/>
        <source>Days before an unsigned note is a follow-up</source>
        <translation>Dias até um registro não assinado virar acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="36"/>
        <source>&amp;Unsigned notes are a follow-up after</source>
        <translation>Registros não assinados &amp;viram acompanhamento após</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="41"/>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="45"/>
        <source>as their initials</source>
        <translation>reduzidos às iniciais</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="46"/>
        <source>removed</source>
        <translation>removidos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="47"/>
        <source>Other members in a member's copy</source>
        <translation>Os demais participantes na cópia de um participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/settings_box.py" line="50"/>
        <source>In a member's copy, the &amp;others are</source>
        <translation>Na cópia de um participante, os nomes dos &amp;demais são</translation>
    </message>
</context>
<context>
    <name>SessionSummaryOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="206"/>
        <source>Session</source>
        <translation>Encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="207"/>
        <source>No finished sessions yet</source>
        <translation>Nenhum encontro encerrado ainda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="209"/>
        <source>Include pri&amp;vate notes</source>
        <translation>&amp;Incluir anotações privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="211"/>
        <source>Notes are left out unless you tick this. On paper anyone can read them.</source>
        <translation>As anotações ficam de fora, a menos que você marque isto. No papel, qualquer pessoa pode lê-las.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="216"/>
        <source>Sessio&amp;n:</source>
        <translation>Encontr&amp;o:</translation>
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
        <translation>Desbloqueie para ver suas anotações.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="174"/>
        <source>No notes for this session.</source>
        <translation>Nenhuma anotação neste encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="179"/>
        <source>follow up</source>
        <translation>acompanhar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="181"/>
        <source>by {date}</source>
        <translation>até {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="190"/>
        <source>came {clock}</source>
        <translation>chegada {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="192"/>
        <source>left {clock}</source>
        <translation>saída {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="245"/>
        <source>Correction saved and recorded.</source>
        <translation>Correção salva e registrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="255"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} de {planned} previstos · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_presenter.py" line="267"/>
        <source>Corrected on {date}</source>
        <translation>Corrigido em {date}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="65"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimir resumo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="66"/>
        <source>Save this session's summary as a PDF to print</source>
        <translation>Salvar o resumo deste encontro como PDF para imprimir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="68"/>
        <source>Session &amp;note…</source>
        <translation>&amp;Registro do encontro…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="70"/>
        <source>The session's note: the group once, a line per member</source>
        <translation>O registro do encontro: o grupo uma vez, uma linha por participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="73"/>
        <source>Correct &amp;attendance…</source>
        <translation>Corrigir &amp;presença…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="75"/>
        <source>Correct a &amp;turn…</source>
        <translation>Corrigir uma &amp;fala…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="76"/>
        <source>Or click a turn on the timeline</source>
        <translation>Ou clique em uma fala na linha do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="93"/>
        <source>No attendance was recorded.</source>
        <translation>Nenhuma presença foi registrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="96"/>
        <source>Nobody spoke.</source>
        <translation>Ninguém falou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="98"/>
        <source>No turns were recorded.</source>
        <translation>Nenhuma fala foi registrada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="105"/>
        <source>Corrections</source>
        <translation>Correções</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="111"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="112"/>
        <source>Airtime</source>
        <translation>Tempo de fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="118"/>
        <source>Dashed line: an equal share.</source>
        <translation>Linha tracejada: divisão igual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="138"/>
        <source>Planned and actual</source>
        <translation>Previsto e realizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="143"/>
        <source>Turns over time</source>
        <translation>Falas ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="146"/>
        <source>Your notes</source>
        <translation>Suas anotações</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="153"/>
        <source>The chosen session</source>
        <translation>O encontro escolhido</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/session_view.py" line="158"/>
        <source>Pick a session on the left to see how it went.</source>
        <translation>Escolha um encontro à esquerda para ver como foi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="29"/>
        <source>Follow-ups</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="34"/>
        <source>Absences in a row without notice before a follow-up</source>
        <translation>Faltas seguidas sem aviso antes de um acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="37"/>
        <source>&amp;Follow up after</source>
        <translation>Ac&amp;ompanhar após</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="46"/>
        <source>A member appears on the Follow-ups page when their latest sessions end with this many absences without notice. Excused absences do not count. 1 means the first one: the easiest moment to reach out.</source>
        <translation>Um participante aparece na página Acompanhamento quando os encontros mais recentes dele terminam com este número de faltas sem aviso. Faltas justificadas não contam. 1 significa a primeira falta: o momento mais fácil de procurar a pessoa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="79"/>
        <source>Follow-ups start at the first absence without notice.</source>
        <translation>O acompanhamento começa na primeira falta sem aviso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="81"/>
        <source>Follow-ups start after %Ln absences in a row without notice.</source>
        <translation>
            <numerusform>O acompanhamento começa após %Ln falta seguida sem aviso.</numerusform>
            <numerusform>O acompanhamento começa após %Ln faltas seguidas sem aviso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="87"/>
        <source>absences in a row without notice</source>
        <extracomment>after a number box (&quot;Follow up after [3] absences in a row without notice&quot;); the number itself is not in the text.</extracomment>
        <translation>
            <numerusform>falta sem aviso</numerusform>
            <numerusform>faltas seguidas sem aviso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="72"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="184"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="77"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="79"/>
        <source>Language of the app</source>
        <translation>Idioma do app</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="87"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Idioma do app:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="94"/>
        <source>A new language takes effect when the app starts again. Each group's handouts and room display can have a language of their own (Groups page).</source>
        <translation>O novo idioma passa a valer quando o app for aberto de novo. Os impressos e a tela da sala de cada grupo podem ter um idioma próprio (página Grupos).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="107"/>
        <source>Locking</source>
        <translation>Bloqueio</translation>
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
        <translation>Bloquear automaticamente após minutos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="115"/>
        <source>Lock &amp;automatically after</source>
        <translation>Bloquear &amp;automaticamente após</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="120"/>
        <source>without keyboard or mouse use</source>
        <translation>sem uso do teclado ou do mouse</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="123"/>
        <source>It waits while a session's clock runs in this window; a paused session, or one a crash left open, does not hold it off. Time asleep counts: a laptop woken after longer than this locks within seconds. On most Linux desktops it also locks when the screen locks or the laptop goes to sleep. Ctrl+L locks at any moment; Never (0) locks only by hand.</source>
        <translation>O bloqueio espera enquanto o relógio de um encontro está correndo nesta janela; um encontro pausado, ou um que ficou aberto depois de uma falha, não o impede. O tempo em suspensão conta: um notebook que acorda depois de mais tempo que isso bloqueia em segundos. Na maioria dos ambientes Linux, ele também bloqueia quando a tela é bloqueada ou o notebook entra em suspensão. Ctrl+L bloqueia a qualquer momento; Nunca (0) bloqueia só manualmente.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="141"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="143"/>
        <source>Your passphrase opens this workspace and its backups. Changing it keeps every note as it is; the old passphrase stops working at once, in every backup too.</source>
        <translation>Sua frase-senha abre este espaço de trabalho e os backups dele. Trocá-la mantém todas as anotações como estão; a frase-senha antiga deixa de funcionar na hora, inclusive em todos os backups.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="151"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Trocar frase-senha…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="158"/>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="339"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="162"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="225"/>
        <source>Language saved: it takes effect when the app starts again.</source>
        <translation>Idioma salvo: ele passa a valer quando o app for aberto de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="239"/>
        <source>Automatic locking is off.</source>
        <translation>O bloqueio automático está desligado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="241"/>
        <source>Locks after %Ln minutes without use.</source>
        <translation>
            <numerusform>Bloqueia após %Ln minuto sem uso.</numerusform>
            <numerusform>Bloqueia após %Ln minutos sem uso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="264"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Frase-senha trocada. Use a nova de agora em diante.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="266"/>
        <source>Passphrase changed.</source>
        <translation>Frase-senha trocada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="280"/>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="304"/>
        <source>A recovery key is set up. If the paper is lost, replace it: the old key then stops working, in every backup too.</source>
        <translation>Há uma chave de recuperação configurada. Se o papel se perder, substitua-a: a chave antiga deixa de funcionar, inclusive em todos os backups.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="310"/>
        <source>Re&amp;place recovery key…</source>
        <translation>&amp;Substituir chave de recuperação…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="313"/>
        <source>No recovery key. If you forget your passphrase, nobody can open this workspace. A recovery key, printed and kept safe, is a second way in.</source>
        <translation>Sem chave de recuperação. Se você esquecer sua frase-senha, ninguém poderá abrir este espaço de trabalho. Uma chave de recuperação, impressa e guardada em lugar seguro, é uma segunda forma de entrar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="319"/>
        <source>Create recovery &amp;key…</source>
        <translation>Criar &amp;chave de recuperação…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="327"/>
        <source>Replace recovery key</source>
        <translation>Substituir chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="328"/>
        <source>Enter your passphrase to make a new recovery key. The key you have now stops working, in every backup too: a new workspace key is made and every private detail re-encrypted, since whoever has the old paper may have copied the old key.</source>
        <translation>Digite sua frase-senha para criar uma nova chave de recuperação. A chave que você tem agora deixa de funcionar, inclusive em todos os backups: uma nova chave do espaço de trabalho é criada e todos os dados privados são criptografados de novo, já que quem estiver com o papel antigo pode ter copiado a chave antiga.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="334"/>
        <source>&amp;Make a new key</source>
        <translation>&amp;Criar nova chave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="340"/>
        <source>Enter your passphrase to make a recovery key for this workspace.</source>
        <translation>Digite sua frase-senha para criar uma chave de recuperação para este espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="341"/>
        <source>&amp;Make the key</source>
        <translation>&amp;Criar a chave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="348"/>
        <source>Remove recovery key</source>
        <translation>Remover chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="349"/>
        <source>The printed key stops working, in every backup too: a new workspace key is made and every private detail re-encrypted. Only your passphrase will open this workspace; if it is forgotten, nobody can open it.</source>
        <translation>A chave impressa deixa de funcionar, inclusive em todos os backups: uma nova chave do espaço de trabalho é criada e todos os dados privados são criptografados de novo. Só a sua frase-senha vai abrir este espaço de trabalho; se ela for esquecida, ninguém poderá abri-lo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="354"/>
        <source>&amp;Remove key</source>
        <translation>&amp;Remover chave</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="391"/>
        <source>New recovery key made.</source>
        <translation>Nova chave de recuperação criada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="397"/>
        <source>Making a new recovery key</source>
        <translation>Criando uma nova chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="399"/>
        <source>New recovery key made; the old one opens nothing.</source>
        <translation>Nova chave de recuperação criada; a antiga não abre mais nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="405"/>
        <source>Removing the recovery key</source>
        <translation>Removendo a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="407"/>
        <source>Recovery key removed; it opens nothing any more.</source>
        <translation>Chave de recuperação removida; ela não abre mais nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="435"/>
        <source>That did not work ({kind}); nothing was changed.</source>
        <translation>Não deu certo ({kind}); nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ShareGroupDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="55"/>
        <source>Share a group</source>
        <translation>Compartilhar um grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="64"/>
        <source>Group to share</source>
        <translation>Grupo a compartilhar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="69"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="73"/>
        <source>Your co-facilitator's card</source>
        <translation>Cartão do(a) cofacilitador(a)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="74"/>
        <source>fd-card-1:…  (paste it whole)</source>
        <translation>fd-card-1:…  (cole inteiro)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="77"/>
        <source>Your co-facilitator's &amp;card:</source>
        <translation>&amp;Cartão do(a) cofacilitador(a):</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="80"/>
        <source>&amp;Next: compare the safety number</source>
        <translation>&amp;Próximo: comparar o número de segurança</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="84"/>
        <source>There is no group to share yet.</source>
        <translation>Ainda não há grupo para compartilhar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="88"/>
        <source>Share a group with a co-facilitator</source>
        <translation>Compartilhar um grupo com um(a) cofacilitador(a)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="91"/>
        <source>They will see the group's members, attendance, sessions, rules, signed session notes and check-in scores, and every note you mark for co-facilitators. Your other notes stay on this laptop.</source>
        <translation>A pessoa vai ver os participantes do grupo, a presença, os encontros, os combinados, os registros de encontro assinados e as notas da abertura, além de toda anotação que você marcar para cofacilitadores. Suas outras anotações ficam neste notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="112"/>
        <source>Your co-facilitator sees the same twelve digits when they paste your card or your invitation under Accept an invitation. Read them aloud to each other, or compare the two screens side by side.</source>
        <translation>Quem cofacilita com você vê os mesmos doze dígitos ao colar seu cartão ou seu convite em Aceitar um convite. Leiam os números em voz alta um para o outro ou comparem as duas telas lado a lado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="119"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="121"/>
        <source>&amp;Share the group</source>
        <translation>&amp;Compartilhar o grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="139"/>
        <source>The invitation</source>
        <translation>O convite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="141"/>
        <source>&amp;Copy invitation</source>
        <translation>&amp;Copiar convite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="143"/>
        <source>Sa&amp;ve to a file…</source>
        <translation>Sal&amp;var em um arquivo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="145"/>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="155"/>
        <source>Send the invitation</source>
        <translation>Envie o convite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="214"/>
        <source>“{group}” is shared. Send this invitation to your co-facilitator (it holds no key: the group's key travels sealed for their laptop only).</source>
        <translation>“{group}” está compartilhado. Envie este convite para quem cofacilita com você (ele não contém nenhuma chave: a chave do grupo viaja protegida só para o notebook dessa pessoa).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="228"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Save the invitation</source>
        <translation>Salvar o convite</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="233"/>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="244"/>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/share_dialog.py" line="248"/>
        <source>Saved as {name}.</source>
        <translation>Salvo como {name}.</translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="54"/>
        <source>Airtime share per session</source>
        <translation>Participação no tempo de fala por encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/share_history.py" line="106"/>
        <source>{date}: {share} of the airtime ({length}), {turns}, {passes} · {status}</source>
        <translation>{date}: {share} do tempo de fala ({length}), {turns}, {passes} · {status}</translation>
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
        <translation>Grupos compartilhados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>Group and co-facilitators</source>
        <translation>Grupo e cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="64"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="65"/>
        <source>Shared groups and their co-facilitators</source>
        <translation>Grupos compartilhados e seus cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="70"/>
        <source>No group is shared. Nothing leaves this laptop.</source>
        <translation>Nenhum grupo é compartilhado. Nada sai deste notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="72"/>
        <source>&amp;Remove co-facilitator…</source>
        <translation>Remo&amp;ver cofacilitador(a)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="74"/>
        <source>S&amp;top sharing this group…</source>
        <translation>&amp;Deixar de compartilhar este grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="107"/>
        <source>safety number {number}</source>
        <translation>número de segurança {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="110"/>
        <source>Safety number: {number}</source>
        <translation>Número de segurança: {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="179"/>
        <source>Remove co-facilitator</source>
        <translation>Remover cofacilitador(a)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="180"/>
        <source>Remove {laptop} from this group?</source>
        <translation>Remover {laptop} deste grupo?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="181"/>
        <source>A new group key seals everything written from now on, on every laptop that stays; that laptop cannot read any of it, and its later changes are refused. What it already has stays with it: nothing can be taken back from a laptop.</source>
        <translation>Uma nova chave do grupo protege tudo o que for escrito daqui em diante, em todos os notebooks que continuam; aquele notebook não consegue ler nada disso, e as alterações que ele fizer depois são recusadas. O que ele já tem fica com ele: nada pode ser retirado de um notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="195"/>
        <source>Removed. The new group key goes to the others at the next sync.</source>
        <translation>Removido. A nova chave do grupo vai para os outros na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="207"/>
        <source>Stop sharing</source>
        <translation>Deixar de compartilhar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="208"/>
        <source>Stop sharing this group from this laptop?</source>
        <translation>Deixar de compartilhar este grupo a partir deste notebook?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="209"/>
        <source>Nothing more is sent or received for it. What this laptop holds stays here as a group of its own; the co-facilitators keep what they have.</source>
        <translation>Nada mais é enviado ou recebido para ele. O que este notebook tem fica aqui como um grupo independente; os cofacilitadores ficam com o que já têm.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="213"/>
        <source>S&amp;top sharing</source>
        <translation>&amp;Deixar de compartilhar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="221"/>
        <source>This group is no longer shared from this laptop.</source>
        <translation>Este grupo não é mais compartilhado a partir deste notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="232"/>
        <source>A group shared with you (arrives at the next sync)</source>
        <translation>Um grupo compartilhado com você (chega na próxima sincronização)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="233"/>
        <source>A group</source>
        <translation>Um grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="239"/>
        <source>this laptop was removed from the group</source>
        <translation>este notebook foi removido do grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="241"/>
        <source>no longer shared from here</source>
        <translation>não é mais compartilhado daqui</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="243"/>
        <source>waiting for the first sync</source>
        <translation>aguardando a primeira sincronização</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="244"/>
        <source>%n co-facilitators</source>
        <translation>
            <numerusform>%n cofacilitador(a)</numerusform>
            <numerusform>%n cofacilitadores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="246"/>
        <source>{whom} · not synced yet</source>
        <translation>{whom} · ainda não sincronizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="248"/>
        <source>{whom} · synced {date} {time}</source>
        <translation>{whom} · sincronizado em {date} {time}</translation>
    </message>
</context>
<context>
    <name>SharingCard</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="41"/>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="54"/>
        <source>Your card</source>
        <translation>Seu cartão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="44"/>
        <source>Send this card to a co-facilitator, or let them copy it: it holds only this laptop's public keys. Before any group is shared, you both compare a safety number.</source>
        <translation>Envie este cartão para um(a) cofacilitador(a) ou deixe que a pessoa o copie: ele contém só as chaves públicas deste notebook. Antes de compartilhar qualquer grupo, vocês dois comparam um número de segurança.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="58"/>
        <source>&amp;Copy card</source>
        <translation>Copiar car&amp;tão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="83"/>
        <source>This laptop: {fingerprint}</source>
        <translation>Este notebook: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/card_box.py" line="95"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
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
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="53"/>
        <source>When the same detail was changed on two laptops, the later change is kept everywhere and the other value is listed here. If the other value was the right one, copy it and edit the record on its page; then keep.</source>
        <translation>Quando o mesmo dado foi alterado em dois notebooks, a alteração mais recente é mantida em todos e o outro valor aparece aqui. Se o outro valor era o certo, copie-o e edite o registro na página dele; depois, mantenha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>The other value</source>
        <translation>O outro valor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="62"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="66"/>
        <source>No conflicts.</source>
        <translation>Nenhum conflito.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="67"/>
        <source>&amp;Copy the other value</source>
        <translation>Copiar o &amp;outro valor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="69"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Manter o valor atual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="97"/>
        <source>(damaged: cannot be shown)</source>
        <translation>(danificado: não pode ser mostrado)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="134"/>
        <source>Copied. Paste it into the record, then keep.</source>
        <translation>Copiado. Cole no registro e depois mantenha.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/conflicts_box.py" line="147"/>
        <source>Resolved: the current value stays.</source>
        <translation>Resolvido: o valor atual continua.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="49"/>
        <source>Sharing</source>
        <translation>Compartilhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="62"/>
        <source>&amp;Share a group…</source>
        <translation>Compartil&amp;har um grupo…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="64"/>
        <source>&amp;Accept an invitation…</source>
        <translation>&amp;Aceitar um convite…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="81"/>
        <source>&amp;Co-facilitators</source>
        <translation>&amp;Cofacilitação</translation>
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
        <translation>Con&amp;flitos</translation>
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
        <translation>Sincroni&amp;zar agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="129"/>
        <source>Con&amp;flicts ({count})</source>
        <translation>Con&amp;flitos ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/page.py" line="137"/>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Problemas ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Problemas (%n)</numerusform>
            <numerusform>&amp;Problemas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Con&amp;flicts (%n)</source>
        <translation type="vanished">
            <numerusform>Con&amp;flitos (%n)</numerusform>
            <numerusform>Con&amp;flitos (%n)</numerusform>
        </translation>
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
        <translation>Toda alteração é verificada antes de ser usada: assinada pelo notebook de origem, protegida com a chave do grupo, na ordem certa. O que não passou numa verificação aparece aqui e não foi usado; o servidor não consegue acrescentar nem alterar nada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="41"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="42"/>
        <source>Refused changes</source>
        <translation>Alterações recusadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/problems_box.py" line="45"/>
        <source>No problems.</source>
        <translation>Nenhum problema.</translation>
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
        <translation>Os grupos compartilhados passam pelo servidor PostgreSQL da sua instituição como alterações protegidas que ele não consegue ler. A conexão precisa ser criptografada (TLS com certificado verificado) para todo servidor que não seja este computador. A senha fica guardada, protegida, neste espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="56"/>
        <source>db.agency.example</source>
        <translation>db.instituicao.exemplo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="68"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="69"/>
        <source>&amp;Port:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="70"/>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="71"/>
        <source>&amp;Role:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="87"/>
        <source>&amp;Save server</source>
        <translation>&amp;Salvar servidor</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="89"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="127"/>
        <source>kept, sealed — type to change</source>
        <translation>guardada, protegida — digite para trocar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="139"/>
        <source>This computer: the connection may be unencrypted (it never leaves it).</source>
        <translation>Este computador: a conexão pode ser sem criptografia (ela nunca sai dele).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="143"/>
        <source>Another computer: only an encrypted connection with a verified certificate.</source>
        <translation>Outro computador: só conexão criptografada com certificado verificado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="182"/>
        <source>Server kept. Shared groups sync in the background.</source>
        <translation>Servidor salvo. Os grupos compartilhados sincronizam em segundo plano.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="194"/>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="199"/>
        <source>Give the server's name or address.</source>
        <translation>Informe o nome ou o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="200"/>
        <source>Give the database's name.</source>
        <translation>Informe o nome do banco de dados.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/server_form.py" line="201"/>
        <source>Give the role (user name) to sign in with.</source>
        <translation>Informe o papel (nome de usuário) para entrar.</translation>
    </message>
</context>
<context>
    <name>SharingSettings</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="27"/>
        <source>Sharing with co-facilitators</source>
        <translation>Compartilhar com cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="31"/>
        <source>S&amp;haring…</source>
        <translation>Compartil&amp;hamento…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="48"/>
        <source>No group is shared: nothing leaves this laptop. A group can be shared with a co-facilitator through your agency's server, end-to-end encrypted.</source>
        <translation>Nenhum grupo é compartilhado: nada sai deste notebook. Um grupo pode ser compartilhado com um(a) cofacilitador(a) pelo servidor da sua instituição, com criptografia de ponta a ponta.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="53"/>
        <source>Shared groups: {count}. No server is set yet, so their changes wait on this laptop.</source>
        <translation>Grupos compartilhados: {count}. Ainda não há servidor configurado, então as alterações esperam neste notebook.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/settings_box.py" line="58"/>
        <source>Shared groups: {count}, through {host}.</source>
        <translation>Grupos compartilhados: {count}, por meio de {host}.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups shared through {host}.</source>
        <translation type="vanished">
            <numerusform>%n grupo compartilhado por meio de {host}.</numerusform>
            <numerusform>%n grupos compartilhados por meio de {host}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups shared; no server set yet, so their changes wait on this laptop.</source>
        <translation type="vanished">
            <numerusform>%n grupo compartilhado; ainda não há servidor configurado, então as alterações esperam neste notebook.</numerusform>
            <numerusform>%n grupos compartilhados; ainda não há servidor configurado, então as alterações esperam neste notebook.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="18"/>
        <source>The group</source>
        <translation>O grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="19"/>
        <source>A member</source>
        <translation>Um participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="20"/>
        <source>The ground rules</source>
        <translation>Os combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="21"/>
        <source>A signed ground rule</source>
        <translation>Uma assinatura dos combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="22"/>
        <source>A session</source>
        <translation>Um encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="23"/>
        <source>A session's timeline</source>
        <translation>A linha do tempo de um encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="24"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="25"/>
        <source>A turn</source>
        <translation>Uma fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="26"/>
        <source>A check-in score</source>
        <translation>Uma nota da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="27"/>
        <source>A session note</source>
        <translation>Um registro do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="28"/>
        <source>A session note's addendum</source>
        <translation>Um adendo a um registro do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="29"/>
        <source>A note for co-facilitators</source>
        <translation>Uma anotação para cofacilitadores</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="36"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="37"/>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="38"/>
        <source>first name</source>
        <translation>nome no grupo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="39"/>
        <source>full name</source>
        <translation>nome completo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="40"/>
        <source>contact</source>
        <translation>contato</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="41"/>
        <source>private remarks</source>
        <translation>observações privadas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="42"/>
        <source>seat</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="43"/>
        <source>joined on</source>
        <translation>entrada em</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="44"/>
        <source>left on</source>
        <translation>saída em</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="45"/>
        <source>status</source>
        <translation>situação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="46"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="47"/>
        <source>score</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="48"/>
        <source>follow-up</source>
        <translation>acompanhamento</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="49"/>
        <source>due date</source>
        <translation>prazo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="50"/>
        <source>follow-up done</source>
        <translation>acompanhamento feito</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="51"/>
        <source>rule cards</source>
        <translation>cartões de combinados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="52"/>
        <source>agenda</source>
        <translation>roteiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="53"/>
        <source>weekday</source>
        <translation>dia da semana</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="54"/>
        <source>start time</source>
        <translation>horário de início</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="55"/>
        <source>check-in question</source>
        <translation>pergunta da abertura</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="56"/>
        <source>progress entries</source>
        <translation>evoluções individuais</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="57"/>
        <source>members it is about</source>
        <translation>participantes a que se refere</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="65"/>
        <source>Changes are missing before it (the server held some back); it waits.</source>
        <translation>Faltam alterações anteriores a esta (o servidor reteve algumas); ela aguarda.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="66"/>
        <source>A change sent again: refused (the server replayed it).</source>
        <translation>Uma alteração enviada de novo: recusada (o servidor a repetiu).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="67"/>
        <source>Not signed by the laptop it claims: refused as forged.</source>
        <translation>Não assinada pelo notebook que diz ser a origem: recusada como falsificada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="68"/>
        <source>Altered or not sealed with the group's key: refused.</source>
        <translation>Alterada ou não protegida com a chave do grupo: recusada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="69"/>
        <source>Damaged or unreadable: refused.</source>
        <translation>Danificada ou ilegível: recusada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="70"/>
        <source>Written after that laptop was removed from the group: refused.</source>
        <translation>Escrita depois que aquele notebook foi removido do grupo: recusada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="71"/>
        <source>Sealed with a group key that is no longer in use: refused.</source>
        <translation>Protegida com uma chave do grupo que não está mais em uso: recusada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="72"/>
        <source>A group key from a laptop not trusted for this group: refused.</source>
        <translation>Uma chave do grupo vinda de um notebook que não é de confiança para este grupo: recusada.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="73"/>
        <source>The server's copy of this laptop's changes differs: not trusted.</source>
        <translation>A cópia no servidor das alterações deste notebook é diferente: não é confiável.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="74"/>
        <source>From a laptop not in the group: not read.</source>
        <translation>De um notebook que não está no grupo: não lida.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="75"/>
        <source>Could not be applied here: kept out, everything else applied.</source>
        <translation>Não pôde ser aplicada aqui: ficou de fora, todo o resto foi aplicado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="77"/>
        <source>Refused ({reason}).</source>
        <translation>Recusada ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="81"/>
        <source>Laptop {fingerprint}</source>
        <translation>Notebook {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="85"/>
        <source>{laptop} (this laptop)</source>
        <translation>{laptop} (este notebook)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="86"/>
        <source>{laptop} (compared safety number)</source>
        <translation>{laptop} (número de segurança comparado)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="87"/>
        <source>{laptop} (added by a co-facilitator)</source>
        <translation>{laptop} (adicionado por um(a) cofacilitador(a))</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="88"/>
        <source>{laptop} (removed)</source>
        <translation>{laptop} (removido)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/words.py" line="95"/>
        <source>Laptop {id}</source>
        <translation>Notebook {id}</translation>
    </message>
</context>
<context>
    <name>ShowPassphraseBox</name>
    <message>
        <location filename="../../facilitator_desktop/ui/widgets/passphrase_edit.py" line="43"/>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Mostrar frase-senha</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="178"/>
        <source>Empty rows for guests and newcomers</source>
        <translation>Linhas vazias para visitantes e pessoas novas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="180"/>
        <source>D&amp;ate:</source>
        <translation>Dat&amp;a:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/options.py" line="181"/>
        <source>Guest &amp;lines:</source>
        <translation>L&amp;inhas para visitantes:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="202"/>
        <source>This folder is open in another copy of Facilitator Desktop on this computer.</source>
        <translation>Esta pasta está aberta em outra cópia do Facilitator Desktop neste computador.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="203"/>
        <source>Close that copy first (it may be on another desktop), then start again.</source>
        <translation>Feche essa cópia primeiro (ela pode estar em outra área de trabalho) e abra de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="209"/>
        <source>The data folder is read-only, so Facilitator Desktop cannot work in it.</source>
        <translation>A pasta de dados está protegida contra gravação, por isso o Facilitator Desktop não consegue trabalhar nela.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="210"/>
        <source>Folder: {folder}

Change the folder's permissions, or start the app with --data-dir and a folder you can write to. Nothing has been changed.</source>
        <translation>Pasta: {folder}

Altere as permissões da pasta ou abra o app com --data-dir e uma pasta em que você possa gravar. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="218"/>
        <source>The disk that holds the data folder is full, so Facilitator Desktop cannot start.</source>
        <translation>O disco da pasta de dados está cheio, por isso o Facilitator Desktop não consegue iniciar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="221"/>
        <source>Folder: {folder}

Free some space on that disk, then start the app again. Nothing has been changed.</source>
        <translation>Pasta: {folder}

Libere espaço nesse disco e abra o app de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="236"/>
        <source>Open this folder?</source>
        <translation>Abrir esta pasta?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="238"/>
        <source>This folder seems open elsewhere: on the computer “{host}”.</source>
        <translation>Esta pasta parece estar aberta em outro lugar: no computador “{host}”.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="242"/>
        <source>This folder seems open elsewhere: in a copy of Facilitator Desktop on this computer that does not answer.</source>
        <translation>Esta pasta parece estar aberta em outro lugar: em uma cópia do Facilitator Desktop neste computador que não responde.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="248"/>
        <source>If the folder was copied, synced or restored from another computer, or that copy has ended, it is safe to open it here. If Facilitator Desktop is still open on this folder there, close it there first: two copies writing at once can lose changes.

Open anyway?</source>
        <translation>Se a pasta foi copiada, sincronizada ou restaurada de outro computador, ou se aquela cópia já foi fechada, é seguro abri-la aqui. Se o Facilitator Desktop ainda estiver aberto nesta pasta lá, feche-o lá primeiro: duas cópias gravando ao mesmo tempo podem perder alterações.

Abrir mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="255"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Abrir mesmo assim</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/single_instance.py" line="268"/>
        <source>Facilitator Desktop cannot start</source>
        <translation>O Facilitator Desktop não consegue iniciar</translation>
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
        <translation>{hours} e {minutes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="52"/>
        <source>The laptop slept</source>
        <translation>O notebook entrou em suspensão</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="53"/>
        <source>&amp;Count it</source>
        <translation>&amp;Contar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="54"/>
        <source>&amp;Don't count it</source>
        <translation>&amp;Não contar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="65"/>
        <source>The laptop slept for {duration}. Count it as session time?</source>
        <translation>O notebook ficou em suspensão por {duration}. Contar como tempo de encontro?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="70"/>
        <source>Count it: the session clock moves on by {duration}, and a turn under way ends when the laptop went to sleep. Don't count it: the clock goes on from where it stopped.</source>
        <translation>Contar: o relógio do encontro avança {duration}, e uma fala em andamento termina no momento em que o notebook entrou em suspensão. Não contar: o relógio continua de onde parou.</translation>
    </message>
</context>
<context>
    <name>SpeedDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="64"/>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="66"/>
        <source>Rehearse a session</source>
        <translation>Ensaiar um encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="68"/>
        <source>Practise with the agenda and rule cards of {group}, on invented members, with the same keys and screens as a real session.</source>
        <translation>Pratique com o roteiro e os cartões de combinados de {group}, com participantes fictícios, usando as mesmas teclas e telas de um encontro de verdade.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="73"/>
        <source>Practise on a sample group of invented members, with the same keys and screens as a real session.</source>
        <translation>Pratique com um grupo de exemplo de participantes fictícios, usando as mesmas teclas e telas de um encontro de verdade.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="80"/>
        <source>&amp;Real time</source>
        <translation>Tempo &amp;real</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="81"/>
        <source>&amp;10× faster: 90 minutes take 9</source>
        <translation>&amp;10× mais rápido: 90 minutos levam 9</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="82"/>
        <source>&amp;60× faster: a minute every second</source>
        <translation>&amp;60× mais rápido: um minuto a cada segundo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="96"/>
        <source>Nothing of a rehearsal is kept: not in History, attendance, follow-ups, notes or backups. End it as you would end a session; you see its summary once.</source>
        <translation>Nada de um ensaio é guardado: nem no Histórico, na presença, no acompanhamento, nas anotações ou nos backups. Encerre como você encerraria um encontro; você vê o resumo uma única vez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/rehearsal.py" line="107"/>
        <source>&amp;Start rehearsal</source>
        <translation>&amp;Começar ensaio</translation>
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
        <translation>O encontro foi salvo no histórico do grupo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="35"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="36"/>
        <source>late</source>
        <translation>chegou tarde</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="37"/>
        <source>left early</source>
        <translation>saiu mais cedo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="38"/>
        <source>excused</source>
        <translation>falta justificada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="39"/>
        <source>absent</source>
        <translation>falta sem aviso</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="51"/>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="54"/>
        <source>Session summary</source>
        <translation>Resumo do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="65"/>
        <source>{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}</source>
        <translation>{actual} de {planned} previstos · {attended}{guests} · {turns} · {passes}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="87"/>
        <source>Segment</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="118"/>
        <source> (came {clock})</source>
        <translation> (chegada {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="120"/>
        <source> (left {clock})</source>
        <translation> (saída {clock})</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="128"/>
        <source>Nobody spoke.</source>
        <translation>Ninguém falou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="134"/>
        <source>{time} · {share} · {turns}t {passes}p</source>
        <extracomment>t = turns, p = passes (kept short: a bar's label).</extracomment>
        <translation>{time} · {share} · {turns}f {passes}p</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="148"/>
        <source>t = turns, p = passes; the dashed line is an equal share</source>
        <translation>f = falas, p = passes; a linha tracejada é a divisão igual</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="153"/>
        <source>Planned and actual</source>
        <translation>Previsto e realizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="156"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="161"/>
        <source>Airtime (only you see this)</source>
        <translation>Tempo de fala (só você vê)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="166"/>
        <source>t = turns, p = passes; the dashed line marks an equal share.</source>
        <translation>f = falas, p = passes; a linha tracejada marca a divisão igual.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="195"/>
        <source>Write the session &amp;note…</source>
        <translation>Escrever o &amp;registro do encontro…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="230"/>
        <source>Notes taken (only you see them)</source>
        <translation>Anotações feitas (só você vê)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="232"/>
        <source>Unlock to see the notes taken in this session.</source>
        <translation>Desbloqueie para ver as anotações feitas neste encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="234"/>
        <source>No notes were taken in this session.</source>
        <translation>Nenhuma anotação foi feita neste encontro.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="263"/>
        <source>about {names}</source>
        <translation>sobre {names}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="265"/>
        <source>to follow up</source>
        <translation>a acompanhar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/summary_dialog.py" line="266"/>
        <source>A note</source>
        <translation>Uma anotação</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="44"/>
        <source>%n changes from others refused: see Settings → Sharing → Problems.</source>
        <translation>
            <numerusform>%n alteração de outros foi recusada: veja Configurações → Compartilhamento → Problemas.</numerusform>
            <numerusform>%n alterações de outros foram recusadas: veja Configurações → Compartilhamento → Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="49"/>
        <source>Sharing: locked</source>
        <translation>Compartilhamento: bloqueado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="51"/>
        <source>Sharing: starting…</source>
        <translation>Compartilhamento: iniciando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="56"/>
        <source>Offline, %n changes waiting</source>
        <translation>
            <numerusform>Sem conexão, %n alteração esperando</numerusform>
            <numerusform>Sem conexão, %n alterações esperando</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="58"/>
        <source>Offline, nothing waiting</source>
        <translation>Sem conexão, nada esperando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="60"/>
        <source>The server could not be reached: {why}</source>
        <translation>Não foi possível alcançar o servidor: {why}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="64"/>
        <source>Sync stopped by an error; it tries again shortly</source>
        <translation>A sincronização parou por um erro; ela tenta de novo em breve</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="66"/>
        <source>Nothing is lost: changes wait on this laptop until a sync succeeds.</source>
        <translation>Nada se perde: as alterações esperam neste notebook até uma sincronização dar certo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="70"/>
        <source>{synced}, %n changes waiting</source>
        <translation>
            <numerusform>{synced}, %n alteração esperando</numerusform>
            <numerusform>{synced}, %n alterações esperando</numerusform>
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
        <translation>Recebendo alterações: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="89"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="91"/>
        <source>Synced just now</source>
        <translation>Sincronizado agora mesmo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="93"/>
        <source>Synced {minutes} min ago</source>
        <translation>Sincronizado há {minutes} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="95"/>
        <source>Synced {hours} h ago</source>
        <translation>Sincronizado há {hours} h</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="97"/>
        <source>Synced on {date}</source>
        <translation>Sincronizado em {date}</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n days ago</source>
        <translation type="vanished">
            <numerusform>Sincronizado há %n dia</numerusform>
            <numerusform>Sincronizado há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation type="vanished">
            <numerusform>Sincronizado há %n h</numerusform>
            <numerusform>Sincronizado há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation type="vanished">
            <numerusform>Sincronizado há %n min</numerusform>
            <numerusform>Sincronizado há %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="95"/>
        <source>Talking order</source>
        <translation>Ordem de fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="102"/>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="279"/>
        <source>Now speaking</source>
        <translation>Falando agora</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="113"/>
        <source>Speaking time</source>
        <translation>Tempo de fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>End this turn and call the next member (N)</source>
        <translation>Encerrar esta fala e chamar o próximo participante (N)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="134"/>
        <source>Next speaker  N</source>
        <translation>Próximo  N</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>Pass  P</source>
        <translation>Passar  P</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="137"/>
        <source>The member whose turn it is passes (P)</source>
        <translation>Quem está com a vez passa (P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="140"/>
        <source>Come back to me  C</source>
        <translation>Falo depois  C</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="141"/>
        <source>The speaker goes to the end of the round; the next member starts (C)</source>
        <translation>Quem está falando vai para o fim da rodada; o próximo participante começa (C)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End the turn without calling anyone (E)</source>
        <translation>Encerrar a fala sem chamar ninguém (E)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="145"/>
        <source>End turn  E</source>
        <translation>Encerrar fala  E</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="148"/>
        <source>Back  PgUp</source>
        <translation>Voltar  PgUp</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="149"/>
        <source>Back to the previous speaker: the turn just started is not recorded (PgUp, a clicker's back button)</source>
        <translation>Voltar para quem falou antes: a fala que acabou de começar não é registrada (PgUp, o botão “voltar” do passador de slides)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Random start</source>
        <translation>Sortear quem começa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="170"/>
        <source>Start the round with a member chosen at random</source>
        <translation>Começar a rodada por um participante sorteado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="178"/>
        <source>Fewer turns first</source>
        <translation>Quem falou menos primeiro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="180"/>
        <source>Members who have spoken least in this session go ahead in the queue.</source>
        <translation>Quem falou menos neste encontro passa à frente na fila.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="186"/>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="191"/>
        <source>Waiting to speak</source>
        <translation>Esperando para falar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Remove</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="196"/>
        <source>Take the selected member out of the order (Delete)</source>
        <translation>Tirar o participante selecionado da ordem (Delete)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="200"/>
        <source>Move the selected member up the queue (Alt+↑)</source>
        <translation>Subir o participante selecionado na fila (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="203"/>
        <source>Move the selected member down the queue (Alt+↓)</source>
        <translation>Descer o participante selecionado na fila (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="282"/>
        <source>Nobody is speaking</source>
        <translation>Ninguém está falando</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="285"/>
        <source>soft limit {m} min</source>
        <translation>limite sugerido {m} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="289"/>
        <source>Up next: {name}</source>
        <translation>A seguir: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="302"/>
        <source>Round order</source>
        <translation>Ordem da rodada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="322"/>
        <source>Back to {name}: the turn just started is not recorded (PgUp)</source>
        <translation>Voltar para {name}: a fala que acabou de começar não é registrada (PgUp)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="326"/>
        <source>Back to the previous speaker (PgUp): nobody has spoken yet</source>
        <translation>Voltar para quem falou antes (PgUp): ninguém falou ainda</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="348"/>
        <source>complete</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="350"/>
        <source>not started</source>
        <translation>não começou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="352"/>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} já tiveram a vez</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="356"/>
        <source>The talking order starts with the session (Space).</source>
        <translation>A ordem de fala começa com o encontro (Espaço).</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="358"/>
        <source>A member's number or a click on a name: they start · N: at random</source>
        <translation>Número ou clique no nome: essa pessoa começa · N: por sorteio</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/talk_panel.py" line="360"/>
        <source>A number or a click adds a member · Alt+↑↓ moves them</source>
        <translation>Número ou clique: entra na fila · Alt+↑↓ muda a posição</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="32"/>
        <source>Session note template</source>
        <translation>Modelo do registro do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="33"/>
        <source>How this group's session notes are laid out</source>
        <translation>Como os registros de encontro deste grupo são organizados</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="35"/>
        <source>Edit templates…</source>
        <translation>Editar modelos…</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/template_picker.py" line="75"/>
        <source>Session notes of this group now use “{name}”.</source>
        <translation>Os registros de encontro deste grupo agora usam “{name}”.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="47"/>
        <source>Session note templates</source>
        <translation>Modelos de registro do encontro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="54"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="58"/>
        <source>&amp;New template</source>
        <translation>No&amp;vo modelo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Guidance</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="66"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="67"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="75"/>
        <source>&amp;Add section</source>
        <translation>&amp;Adicionar seção</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="77"/>
        <source>Re&amp;move section</source>
        <translation>Re&amp;mover seção</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="81"/>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="86"/>
        <source>&amp;Save template</source>
        <translation>&amp;Salvar modelo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="88"/>
        <source>&amp;Delete template</source>
        <translation>&amp;Excluir modelo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="90"/>
        <source>Put back as &amp;shipped</source>
        <translation>&amp;Restaurar original</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="117"/>
        <source>Notes already written keep the headings they were written under.</source>
        <translation>Registros já escritos mantêm os títulos com que foram escritos.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="143"/>
        <source>{name} (built in)</source>
        <translation>{name} (padrão)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="192"/>
        <source>A template has at most 12 sections.</source>
        <translation>Um modelo tem no máximo 12 seções.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="248"/>
        <source>My template</source>
        <translation>Meu modelo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="249"/>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="279"/>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="280"/>
        <source>Delete the template “{name}”?</source>
        <translation>Excluir o modelo “{name}”?</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="281"/>
        <source>Groups that use it go back to free text. Notes written with it keep their sections.</source>
        <translation>Os grupos que o usam voltam ao texto livre. Os registros escritos com ele mantêm as seções.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="285"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/session_note/templates_dialog.py" line="332"/>
        <source>the template</source>
        <translation>o modelo</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="42"/>
        <source>Timer</source>
        <translation>Cronômetro</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="50"/>
        <source>Time left in this segment</source>
        <translation>Tempo restante nesta etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="58"/>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Iniciar, pausar ou retomar o encontro (Espaço)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>Previous segment (←)</source>
        <translation>Etapa anterior (←)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="61"/>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <source>Next segment (→)</source>
        <translation>Próxima etapa (→)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="63"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="159"/>
        <source>Next →</source>
        <translation>Próxima →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="65"/>
        <source>One more minute for this segment (+)</source>
        <translation>Mais um minuto para esta etapa (+)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="68"/>
        <source>Five more minutes for this segment</source>
        <translation>Mais cinco minutos para esta etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Open discussion</source>
        <translation>Conversa livre</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="122"/>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="124"/>
        <source>{kind} · segment {n} of {count}</source>
        <translation>{kind} · etapa {n} de {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="140"/>
        <source>Planned end: {clock}</source>
        <translation>Término previsto: {clock}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="147"/>
        <source>Start  (Space)</source>
        <translation>Iniciar  (Espaço)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="148"/>
        <source>Pause  (Space)</source>
        <translation>Pausar  (Espaço)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="149"/>
        <source>Resume  (Space)</source>
        <translation>Retomar  (Espaço)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="150"/>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="173"/>
        <source>Ended</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="157"/>
        <source>End session →</source>
        <translation>Encerrar encontro →</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="165"/>
        <source>Session time: {elapsed}</source>
        <translation>Tempo de encontro: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="169"/>
        <source>Not started · Space begins</source>
        <translation>Não iniciado · Espaço começa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="171"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="176"/>
        <source>Over time</source>
        <translation>Passou do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="178"/>
        <source>Nearly done</source>
        <translation>Quase no fim</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="186"/>
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n min atrás do previsto</numerusform>
            <numerusform>%n min atrás do previsto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="188"/>
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n min à frente do previsto</numerusform>
            <numerusform>%n min à frente do previsto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="189"/>
        <source>On plan</source>
        <translation>No tempo previsto</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="74"/>
        <source>Measure over time</source>
        <translation>Questionário ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="78"/>
        <source>{measure} over time</source>
        <translation>{measure} ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="166"/>
        <source>Since the first: {change}</source>
        <translation>Desde o primeiro: {change}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/measures/trajectory_chart.py" line="171"/>
        <source>Total from paper</source>
        <translation>Total do papel</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/trend.py" line="45"/>
        <source>Airtime equity over time</source>
        <translation>Equilíbrio do tempo de fala ao longo do tempo</translation>
    </message>
</context>
<context>
    <name>TurnDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="195"/>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="259"/>
        <source>Correct a turn</source>
        <translation>Corrigir uma fala</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>At</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Member</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="200"/>
        <source>Segment</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="213"/>
        <source>pass</source>
        <translation>passou</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="234"/>
        <source>It was a &amp;pass (nothing said)</source>
        <translation>Foi um &amp;passe (não falou nada)</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="240"/>
        <source>&amp;Who spoke:</source>
        <translation>&amp;Quem falou:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="241"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="247"/>
        <source>&amp;Save correction</source>
        <translation>&amp;Salvar correção</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="252"/>
        <source>Fix the selected turn:</source>
        <translation>Corrija a fala selecionada:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/corrections.py" line="262"/>
        <source>The change is recorded with today's date and shown on the session.</source>
        <translation>A alteração fica registrada com a data de hoje e aparece no encontro.</translation>
    </message>
</context>
<context>
    <name>TurnTimeline</name>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="45"/>
        <source>Turn timeline</source>
        <translation>Linha do tempo das falas</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="64"/>
        <source>{turns} by {members}</source>
        <translation>{turns} de {members}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="115"/>
        <source>{alias} passed · {segment} · at {at}</source>
        <translation>{alias} passou a vez · {segment} · aos {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="117"/>
        <source>{alias} spoke {length} · {segment} · at {at}</source>
        <translation>{alias} falou por {length} · {segment} · aos {at}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/history/charts/turn_timeline.py" line="124"/>
        <source>Click to correct this turn.</source>
        <translation>Clique para corrigir esta fala.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="84"/>
        <source>Workspace locked</source>
        <translation>Espaço de trabalho bloqueado</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="85"/>
        <source>Enter your passphrase to carry on where you left off.</source>
        <translation>Digite sua frase-senha para continuar de onde parou.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="87"/>
        <source>Unlock your workspace</source>
        <translation>Desbloqueie seu espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="88"/>
        <source>Enter your passphrase to open your groups, members and notes.</source>
        <translation>Digite sua frase-senha para abrir seus grupos, participantes e anotações.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="96"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="102"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="107"/>
        <source>Forgot it? Use &amp;recovery key</source>
        <translation>Esqueceu? Use a chave de &amp;recuperação</translation>
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
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="141"/>
        <source>&amp;Back to passphrase</source>
        <translation>&amp;Voltar à frase-senha</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="229"/>
        <source>Unlock with your recovery key</source>
        <translation>Usar a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="231"/>
        <source>&amp;Unlock and set passphrase</source>
        <translation>&amp;Definir e desbloquear</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="290"/>
        <source>That passphrase does not unlock this workspace. Please try again.</source>
        <translation>Essa frase-senha não desbloqueia este espaço de trabalho. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="351"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>Não foi possível ler o espaço de trabalho: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="357"/>
        <source>The disk is full, so the workspace could not be unlocked. What you had open is kept as it was. Free some space on this disk, then unlock again.</source>
        <translation>O disco está cheio, por isso não foi possível desbloquear o espaço de trabalho. O que você tinha aberto continua como estava. Libere espaço neste disco e desbloqueie de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="361"/>
        <source>The disk is full, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Free some space on this disk (empty the wastebasket, or move large files elsewhere), then unlock again.</source>
        <translation>O disco está cheio, por isso não foi possível abrir o espaço de trabalho. Nada foi aberto ainda e nada foi alterado. Libere espaço neste disco (esvazie a lixeira ou mova arquivos grandes para outro lugar) e desbloqueie de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="369"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be unlocked. What you had open is kept as it was. Make the disk writable again, then unlock again.</source>
        <translation>O disco do espaço de trabalho está protegido contra gravação, por isso não foi possível desbloqueá-lo. O que você tinha aberto continua como estava. Libere a gravação no disco e desbloqueie de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="374"/>
        <source>The disk holding the workspace is read-only, so the workspace could not be opened. Nothing is open yet, and nothing has been changed. Make the disk writable again (a memory stick's lock switch, a disk that needs checking), or copy the data folder to a disk you can write to, then unlock again.</source>
        <translation>O disco do espaço de trabalho está protegido contra gravação, por isso não foi possível abri-lo. Nada foi aberto ainda e nada foi alterado. Libere a gravação no disco (a trava de um pen drive, um disco que precisa ser verificado) ou copie a pasta de dados para um disco em que você possa gravar, e desbloqueie de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="383"/>
        <source>A problem with the disk stopped the workspace from unlocking. What you had open is kept as it was. Check that the disk is connected and working, then unlock again.</source>
        <translation>Um problema no disco impediu o desbloqueio do espaço de trabalho. O que você tinha aberto continua como estava. Verifique se o disco está conectado e funcionando e desbloqueie de novo.</translation>
    </message>
    <message>
        <location filename="../../facilitator_desktop/ui/unlock_dialog.py" line="388"/>
        <source>A problem with the disk stopped the workspace from opening. Nothing is open yet, and nothing has been changed. Check that the disk is connected and working, then unlock again.</source>
        <translation>Um problema no disco impediu a abertura do espaço de trabalho. Nada foi aberto ainda e nada foi alterado. Verifique se o disco está conectado e funcionando e desbloqueie de novo.</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message>
        <location filename="../../facilitator_desktop/ui/handouts/preview.py" line="58"/>
        <source>Check before printing: some text will not print as written.</source>
        <translation>Confira antes de imprimir: parte do texto não sairá como foi escrito.</translation>
    </message>
</context>
</TS>
