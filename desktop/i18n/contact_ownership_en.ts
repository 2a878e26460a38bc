<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English needs no translation but its singulars: a source text with %n is the plural
     ("Classifying %n files…"), and Qt says "1 files" unless a catalogue gives the singular
     (Qt Linguist's advice for plurals in the source language). Only such messages are here. -->
<TS version="2.1" language="en_GB">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Classifying %n files…</source>
        <translation>
            <numerusform>Classifying %n file…</numerusform>
            <numerusform>Classifying %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files done</source>
        <translation>
            <numerusform>{done} of %n file done</numerusform>
            <numerusform>{done} of %n files done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more errors in the table.</source>
        <translation>
            <numerusform>…and %n more error in the table.</numerusform>
            <numerusform>…and %n more errors in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <source>{month}: %n connections ({work} work, {private} private)</source>
        <translation>
            <numerusform>{month}: %n connection ({work} work, {private} private)</numerusform>
            <numerusform>{month}: %n connections ({work} work, {private} private)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n contacts have no date)</source>
        <translation>
            <numerusform>(%n contact has no date)</numerusform>
            <numerusform>(%n contacts have no date)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HrWindow</name>
    <message numerus="yes">
        <source>Package {name} from {owner}: %Ln contacts, verified (every member matches its SHA-256, the audit trail is whole). Reviewer: {reviewer}. {status}</source>
        <translation>
            <numerusform>Package {name} from {owner}: %Ln contact, verified (every member matches its SHA-256, the audit trail is whole). Reviewer: {reviewer}. {status}</numerusform>
            <numerusform>Package {name} from {owner}: %Ln contacts, verified (every member matches its SHA-256, the audit trail is whole). Reviewer: {reviewer}. {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flagged or disputed: %Ln contacts, {open} still to decide.</source>
        <translation>
            <numerusform>Flagged or disputed: %Ln contact, {open} still to decide.</numerusform>
            <numerusform>Flagged or disputed: %Ln contacts, {open} still to decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message numerus="yes">
        <source>These %Ln contacts will leave this computer in the package: your work contacts and the contacts flagged for review ({p} of them private), each with its suggestion, reasons and your decision.</source>
        <translation>
            <numerusform>%Ln contact will leave this computer in the package: your work contacts and the contacts flagged for review ({p} of them private), each with its suggestion, reasons and your decision.</numerusform>
            <numerusform>These %Ln contacts will leave this computer in the package: your work contacts and the contacts flagged for review ({p} of them private), each with its suggestion, reasons and your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your other %Ln private contacts stay here: not even their names are written.</source>
        <translation>
            <numerusform>Your other %Ln private contact stays here: not even its name is written.</numerusform>
            <numerusform>Your other %Ln private contacts stay here: not even their names are written.</numerusform>
        </translation>
    </message>
</context>
</TS>
