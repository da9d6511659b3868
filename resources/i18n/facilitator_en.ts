<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AcknowledgementPanel</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/acknowledgements.py" line="205"/>
        <source>%Ln of {members} members have signed v{n}.</source>
        <translation>
            <numerusform>%Ln of {members} members has signed v{n}.</numerusform>
            <numerusform>%Ln of {members} members have signed v{n}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="250"/>
        <source>%n here</source>
        <translation>
            <numerusform>%n here</numerusform>
            <numerusform>%n here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="252"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/attendance_panel.py" line="254"/>
        <source>%n not marked</source>
        <translation>
            <numerusform>%n not marked</numerusform>
            <numerusform>%n not marked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="205"/>
        <source>Across your groups: %Ln things to follow up.</source>
        <translation>
            <numerusform>Across your groups: %Ln thing to follow up.</numerusform>
            <numerusform>Across your groups: %Ln things to follow up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="293"/>
        <source>{alias} missed %Ln sessions in a row without notice</source>
        <translation>
            <numerusform>{alias} missed %Ln session without notice</numerusform>
            <numerusform>{alias} missed %Ln sessions in a row without notice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="294"/>
        <source>{alias} · %Ln in a row</source>
        <translation>
            <numerusform>{alias} · %Ln in a row</numerusform>
            <numerusform>{alias} · %Ln in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="297"/>
        <source>{alias} has said little for %Ln sessions in a row</source>
        <translation>
            <numerusform>{alias} has said little for %Ln session</numerusform>
            <numerusform>{alias} has said little for %Ln sessions in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/attention_presenter.py" line="298"/>
        <source>{alias} · %Ln sessions</source>
        <translation>
            <numerusform>{alias} · %Ln session</numerusform>
            <numerusform>{alias} · %Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="61"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="62"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/backups_dialog.py" line="63"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
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
            <numerusform>Backup made. A damaged record was found while checking it (it is damaged in the workspace too and cannot be read). Everything else was verified and is in the backup.</numerusform>
            <numerusform>Backup made. Damaged records found while checking it: %Ln (they are damaged in the workspace too and cannot be read). Everything else was verified and is in the backup.</numerusform>
        </translation>
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
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/accessibility/words.py" line="32"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="90"/>
        <source>%Ln turns</source>
        <translation>
            <numerusform>%Ln turn</numerusform>
            <numerusform>%Ln turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="94"/>
        <source>%Ln passes</source>
        <translation>
            <numerusform>%Ln pass</numerusform>
            <numerusform>%Ln passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="98"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="102"/>
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="106"/>
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln guest</numerusform>
            <numerusform>%Ln guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/formatting.py" line="110"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln attended</numerusform>
            <numerusform>%Ln attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/crash_dialog.py" line="72"/>
        <source>It has happened %Ln times since this message appeared.</source>
        <translation>
            <numerusform>It has happened %Ln time since this message appeared.</numerusform>
            <numerusform>It has happened %Ln times since this message appeared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="37"/>
        <source>attendance of %Ln members</source>
        <translation>
            <numerusform>attendance of %Ln member</numerusform>
            <numerusform>attendance of %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="38"/>
        <source>%Ln turns and passes, and the session's timeline</source>
        <translation>
            <numerusform>%Ln turn or pass, and the session's timeline</numerusform>
            <numerusform>%Ln turns and passes, and the session's timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="39"/>
        <source>planned and actual times of %Ln segments</source>
        <translation>
            <numerusform>planned and actual time of %Ln segment</numerusform>
            <numerusform>planned and actual times of %Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="42"/>
        <source>%Ln corrections made afterwards</source>
        <translation>
            <numerusform>%Ln correction made afterwards</numerusform>
            <numerusform>%Ln corrections made afterwards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="46"/>
        <source>Its %Ln notes are kept, with their group and members, no longer linked to a session, unless you tick the box below.</source>
        <translation>
            <numerusform>Its note is kept, with its group and members, no longer linked to a session, unless you tick the box below.</numerusform>
            <numerusform>Its %Ln notes are kept, with their group and members, no longer linked to a session, unless you tick the box below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="59"/>
        <source>Also delete its %Ln notes</source>
        <translation>
            <numerusform>Also delete its note</numerusform>
            <numerusform>Also delete its %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/delete_session.py" line="61"/>
        <source>(%Ln are open follow-ups)</source>
        <translation>
            <numerusform>(one is an open follow-up)</numerusform>
            <numerusform>(%Ln are open follow-ups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="140"/>
        <source>the %Ln notes that are only about them.</source>
        <translation>
            <numerusform>the note that is only about them.</numerusform>
            <numerusform>the %Ln notes that are only about them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/member_rights.py" line="145"/>
        <source>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</source>
        <translation>
            <numerusform>The note that is also about other members is kept: {alias} is unlinked from it. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</numerusform>
            <numerusform>The %Ln notes that are also about other members are kept: {alias} is unlinked from them. Their alias, name and contact details are replaced by “[former member]” wherever they appear in the group's notes, in any spelling.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="311"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln attendance record</numerusform>
            <numerusform>%Ln attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="312"/>
        <source>%Ln speaking turns</source>
        <translation>
            <numerusform>%Ln speaking turn</numerusform>
            <numerusform>%Ln speaking turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="321"/>
        <source>%Ln redactions found by the app</source>
        <translation>
            <numerusform>%Ln redaction found by the app</numerusform>
            <numerusform>%Ln redactions found by the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="322"/>
        <source>%Ln other members</source>
        <translation>
            <numerusform>%Ln other member</numerusform>
            <numerusform>%Ln other members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/export_review.py" line="323"/>
        <source>%Ln marked by you</source>
        <translation>
            <numerusform>%Ln marked by you</numerusform>
            <numerusform>%Ln marked by you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/groups_page.py" line="371"/>
        <source>Agenda total: {total} of %Ln minutes</source>
        <translation>
            <numerusform>Agenda total: {total} of %Ln minute</numerusform>
            <numerusform>Agenda total: {total} of %Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutProblems</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="179"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/labels.py" line="180"/>
        <source>%n character(s) in {where} cannot be printed and will show as □: {chars}.</source>
        <translation>
            <numerusform>%n character in {where} cannot be printed and will show as □: {chars}.</numerusform>
            <numerusform>%n characters in {where} cannot be printed and will show as □: {chars}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/output.py" line="123"/>
        <source>Sent %Ln pages to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="90"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/handouts/presenter.py" line="258"/>
        <source>%Ln attended</source>
        <translation>
            <numerusform>%Ln attended</numerusform>
            <numerusform>%Ln attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="102"/>
        <source>Attendance, last %Ln sessions</source>
        <translation>
            <numerusform>Attendance, last session</numerusform>
            <numerusform>Attendance, last %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/insights_view.py" line="301"/>
        <source>Over the last %Ln sessions. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</source>
        <translation>
            <numerusform>Over the last session. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</numerusform>
            <numerusform>Over the last %Ln sessions. More than a minute past the plan counts as running over; ⚠ = in at least half of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="46"/>
        <source>A new workspace key was made; %Ln private details were re-encrypted.</source>
        <translation>
            <numerusform>A new workspace key was made; %Ln private detail was re-encrypted.</numerusform>
            <numerusform>A new workspace key was made; %Ln private details were re-encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="53"/>
        <source>%Ln backups were re-encrypted with the new key.</source>
        <translation>
            <numerusform>%Ln backup was re-encrypted with the new key.</numerusform>
            <numerusform>%Ln backups were re-encrypted with the new key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="56"/>
        <source>%Ln backups now open only with the new secret.</source>
        <translation>
            <numerusform>%Ln backup now opens only with the new secret.</numerusform>
            <numerusform>%Ln backups now open only with the new secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="59"/>
        <source>%Ln backups could not be updated and were removed; a fresh, checked backup takes their place.</source>
        <translation>
            <numerusform>%Ln backup could not be updated and was removed; a fresh, checked backup takes its place.</numerusform>
            <numerusform>%Ln backups could not be updated and were removed; a fresh, checked backup takes their place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/key_change_text.py" line="74"/>
        <source>%Ln damaged records could not be read, so they stay as they were (unreadable).</source>
        <translation>
            <numerusform>%Ln damaged record could not be read, so it stays as it was (unreadable).</numerusform>
            <numerusform>%Ln damaged records could not be read, so they stay as they were (unreadable).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="305"/>
        <source>{attended} of %Ln sessions</source>
        <translation>
            <numerusform>{attended} of %Ln session</numerusform>
            <numerusform>{attended} of %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="309"/>
        <source>%Ln excused</source>
        <translation>
            <numerusform>%Ln excused</numerusform>
            <numerusform>%Ln excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="314"/>
        <source>sessions in a row · longest {n}</source>
        <translation>
            <numerusform>session in a row · longest {n}</numerusform>
            <numerusform>sessions in a row · longest {n}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="321"/>
        <source>in a row — worth a call</source>
        <translation>
            <numerusform>missed without notice</numerusform>
            <numerusform>in a row — worth a call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="323"/>
        <source>in a row</source>
        <translation>
            <numerusform>missed without notice</numerusform>
            <numerusform>in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="328"/>
        <source>times · spoke {turns}</source>
        <translation>
            <numerusform>time · spoke {turns}</numerusform>
            <numerusform>times · spoke {turns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="335"/>
        <source>sessions in a row with little said</source>
        <translation>
            <numerusform>session with little said</numerusform>
            <numerusform>sessions in a row with little said</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/member_view.py" line="337"/>
        <source>sessions</source>
        <translation>
            <numerusform>session</numerusform>
            <numerusform>sessions</numerusform>
        </translation>
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
            <numerusform>%Ln open follow-up</numerusform>
            <numerusform>%Ln open follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/members_page.py" line="326"/>
        <source>{group} · %Ln in seat order</source>
        <translation>
            <numerusform>{group} · %Ln in seat order</numerusform>
            <numerusform>{group} · %Ln in seat order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/note_panel.py" line="419"/>
        <source>Too long for a quick note ({n} of %Ln characters). Shorten it, or write it on the Notes page.</source>
        <translation>
            <numerusform>Too long for a quick note ({n} of %Ln character). Shorten it, or write it on the Notes page.</numerusform>
            <numerusform>Too long for a quick note ({n} of %Ln characters). Shorten it, or write it on the Notes page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="60"/>
        <source>The newest %Ln notes. Search to find older ones.</source>
        <translation>
            <numerusform>The newest %Ln note. Search to find older ones.</numerusform>
            <numerusform>The newest %Ln notes. Search to find older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="95"/>
        <source>The newest %Ln matching notes, from all groups. Add a word to narrow.</source>
        <translation>
            <numerusform>The newest %Ln matching note, from all groups. Add a word to narrow.</numerusform>
            <numerusform>The newest %Ln matching notes, from all groups. Add a word to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/notes/listing.py" line="101"/>
        <source>%Ln matching notes, from all groups.</source>
        <translation>
            <numerusform>%Ln matching note.</numerusform>
            <numerusform>%Ln matching notes, from all groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/vault/new_passphrase.py" line="91"/>
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Too short: use at least %Ln character.</numerusform>
            <numerusform>Too short: use at least %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/restore_offer.py" line="152"/>
        <source>… and %Ln older ones.</source>
        <translation>
            <numerusform>… and %Ln older one.</numerusform>
            <numerusform>… and %Ln older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleCardEditor</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="167"/>
        <source>Keep the reason under %Ln characters (this one has {n}): it prints under the rule on cards and handouts.</source>
        <translation>
            <numerusform>Keep the reason under %Ln character (this one has {n}): it prints under the rule on cards and handouts.</numerusform>
            <numerusform>Keep the reason under %Ln characters (this one has {n}): it prints under the rule on cards and handouts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/widgets/card_editor.py" line="183"/>
        <source>Titles are at most %Ln characters (this one has {n}).</source>
        <translation>
            <numerusform>Titles are at most %Ln character (this one has {n}).</numerusform>
            <numerusform>Titles are at most %Ln characters (this one has {n}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/rules_page.py" line="241"/>
        <source>Version {n} · {date} · %Ln cards</source>
        <translation>
            <numerusform>Version {n} · {date} · %Ln card</numerusform>
            <numerusform>Version {n} · {date} · %Ln cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/actions.py" line="144"/>
        <source>%Ln more minutes for this segment.</source>
        <translation>
            <numerusform>%Ln more minute for this segment.</numerusform>
            <numerusform>%Ln more minutes for this segment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/history/session_model.py" line="187"/>
        <source>%Ln of {m} segments ran over</source>
        <translation>
            <numerusform>%Ln of {m} segments ran over</numerusform>
            <numerusform>%Ln of {m} segments ran over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/session_note/unsigned.py" line="48"/>
        <source>The note of the session of {date} is not signed, %Ln day(s) on.</source>
        <translation>
            <numerusform>The note of the session of {date} is not signed, %Ln day on.</numerusform>
            <numerusform>The note of the session of {date} is not signed, %Ln days on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="81"/>
        <source>Follow-ups start after %Ln absences in a row without notice.</source>
        <translation>
            <numerusform>Follow-ups start after %Ln absence without notice.</numerusform>
            <numerusform>Follow-ups start after %Ln absences in a row without notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/follow_up_settings.py" line="87"/>
        <source>absences in a row without notice</source>
        <extracomment>after a number box (&quot;Follow up after [3] absences in a row without notice&quot;); the number itself is not in the text.</extracomment>
        <translation>
            <numerusform>absence without notice</numerusform>
            <numerusform>absences in a row without notice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/settings_dialog.py" line="241"/>
        <source>Locks after %Ln minutes without use.</source>
        <translation>
            <numerusform>Locks after %Ln minute without use.</numerusform>
            <numerusform>Locks after %Ln minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedGroups</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/groups_box.py" line="244"/>
        <source>%n co-facilitators</source>
        <translation>
            <numerusform>%n co-facilitator</numerusform>
            <numerusform>%n co-facilitators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/sleep_question.py" line="32"/>
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
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
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="44"/>
        <source>%n changes from others refused: see Settings → Sharing → Problems.</source>
        <translation>
            <numerusform>%n change from others refused: see Settings → Sharing → Problems.</numerusform>
            <numerusform>%n changes from others refused: see Settings → Sharing → Problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="56"/>
        <source>Offline, %n changes waiting</source>
        <translation>
            <numerusform>Offline, %n change waiting</numerusform>
            <numerusform>Offline, %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/sharing/status_text.py" line="70"/>
        <source>{synced}, %n changes waiting</source>
        <translation>
            <numerusform>{synced}, %n change waiting</numerusform>
            <numerusform>{synced}, %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="186"/>
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n min behind plan</numerusform>
            <numerusform>%n min behind plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_desktop/ui/runner/timer_panel.py" line="188"/>
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n min ahead of plan</numerusform>
            <numerusform>%n min ahead of plan</numerusform>
        </translation>
    </message>
</context>
</TS>
