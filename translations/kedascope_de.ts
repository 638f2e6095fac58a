<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CellFormat</name>
    <message>
        <location filename="../models/cellformat.cpp" line="95"/>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="97"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="99"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="104"/>
        <source>Not reported yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="107"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="132"/>
        <source>paused, no new Jobs</source>
        <translation>pausiert, keine neuen Jobs</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="134"/>
        <source>hold at %1 replicas</source>
        <translation>bei %1 Replikas gehalten</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="136"/>
        <source>frozen at the current count</source>
        <translation>beim aktuellen Stand eingefroren</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="138"/>
        <source>scale-in and scale-out blocked</source>
        <translation>Herunter- und Hochskalieren blockiert</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="140"/>
        <source>scale-in blocked</source>
        <translation>Herunterskalieren blockiert</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="140"/>
        <source>scale-out blocked</source>
        <translation>Hochskalieren blockiert</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="151"/>
        <source>%1d %2h</source>
        <translation>%1T %2h</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="153"/>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="155"/>
        <source>%1m %2s</source>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="157"/>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="158"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="158"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="166"/>
        <source>Pausing</source>
        <translation>Wird pausiert</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="171"/>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="173"/>
        <source>Paused since: %1 (%2)</source>
        <translation>Pausiert seit: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="177"/>
        <source>KEDA has not reported the pause yet</source>
        <translation>KEDA hat die Pause noch nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="179"/>
        <source>Until: %1 (%2)</source>
        <translation>Bis: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="183"/>
        <source>No planned end</source>
        <translation>Kein geplantes Ende</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="185"/>
        <source>Paused outside Kedascope</source>
        <translation>Außerhalb von Kedascope pausiert</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="210"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChartEventMarker</name>
    <message>
        <location filename="../ui/chartmarkers.cpp" line="35"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartmarkers.cpp" line="39"/>
        <source> (%n times since %1)</source>
        <translation>
            <numerusform> (%n-mal seit %1)</numerusform>
            <numerusform> (%n-mal seit %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartGapBand</name>
    <message>
        <location filename="../ui/chartmarkers.cpp" line="92"/>
        <source>no samples arrived</source>
        <translation>keine Messwerte eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/chartmarkers.cpp" line="94"/>
        <source>Metrics unavailable: %1</source>
        <translation>Metriken nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>ChartValue</name>
    <message>
        <location filename="../ui/chartvalueformat.cpp" line="55"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chartvalueformat.cpp" line="57"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/chartvalueformat.cpp" line="58"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/chartvalueformat.cpp" line="66"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="15"/>
        <source>A console for KEDA: see, chart, pause and edit ScaledObjects and ScaledJobs.</source>
        <translation>Eine Konsole für KEDA: ScaledObjects und ScaledJobs ansehen, als Diagramm verfolgen, pausieren und bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="22"/>
        <source>Path to the kubeconfig file to use, instead of $KUBECONFIG.</source>
        <translation>Pfad der zu verwendenden kubeconfig-Datei, statt $KUBECONFIG.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="24"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>The kubeconfig context to open.</source>
        <translation>Der zu öffnende kubeconfig-Kontext.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>The namespace to show.</source>
        <translation>Der anzuzeigende Namespace.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Start the built-in demo cluster and connect to it.</source>
        <translation>Den eingebauten Demo-Cluster starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>How many ScaledObjects the demo cluster holds (0: the built-in demo scenario).</source>
        <translation>Wie viele ScaledObjects der Demo-Cluster enthält (0: das eingebaute Demo-Szenario).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42"/>
        <source>Save a picture of the window once its table is filled, then quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald seine Tabelle gefüllt ist, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="44"/>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Use a dark colour scheme.</source>
        <translation>Ein dunkles Farbschema verwenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>--demo-scaled-objects takes a whole number, not &quot;%1&quot;.</source>
        <translation>--demo-scaled-objects erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <location filename="../app/democluster.cpp" line="30"/>
        <source>The demo cluster could not start: %1</source>
        <translation>Der Demo-Cluster konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>DetailsSections</name>
    <message>
        <location filename="../ui/detailssections.cpp" line="21"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="28"/>
        <source>%1 could not be read (HTTP %2): %3</source>
        <translation>%1 nicht lesbar (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="32"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="53"/>
        <source>Horizontal Pod Autoscaler</source>
        <translation>Horizontal Pod Autoscaler</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="54"/>
        <source>the HPA</source>
        <translation>HPA</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="58"/>
        <source>Current replicas</source>
        <translation>Aktuelle Replikas</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="59"/>
        <source>Desired replicas</source>
        <translation>Gewünschte Replikas</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="61"/>
        <source>Min / max</source>
        <translation>Min. / max.</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="62"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="64"/>
        <source>Last scaled</source>
        <translation>Zuletzt skaliert</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="70"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="73"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="74"/>
        <location filename="../ui/detailssections.cpp" line="95"/>
        <location filename="../ui/detailssections.cpp" line="142"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="74"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="74"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="75"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="94"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="95"/>
        <location filename="../ui/detailssections.cpp" line="142"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="96"/>
        <location filename="../ui/detailssections.cpp" line="142"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="96"/>
        <location filename="../ui/detailssections.cpp" line="142"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="104"/>
        <source>Scale target</source>
        <translation>Skalierungsziel</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="106"/>
        <source>/scale</source>
        <translation>/scale</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="109"/>
        <source>Replicas wanted (spec)</source>
        <translation>Gewünschte Replikas (spec)</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="110"/>
        <source>Replicas running (status)</source>
        <translation>Laufende Replikas (status)</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="126"/>
        <source>Latest events</source>
        <translation>Neueste Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="126"/>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="127"/>
        <source>the events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="130"/>
        <source>No events about this object (the API server keeps them for an hour).</source>
        <translation>Keine Ereignisse zu diesem Objekt (der API-Server bewahrt sie eine Stunde lang auf).</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="142"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="148"/>
        <location filename="../ui/detailssections.cpp" line="193"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="149"/>
        <source>No trigger uses a TriggerAuthentication or ClusterTriggerAuthentication.</source>
        <translation>Kein Trigger verwendet eine TriggerAuthentication oder ClusterTriggerAuthentication.</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="156"/>
        <source>used by trigger %1</source>
        <translation>verwendet von Trigger %1</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="170"/>
        <source>No sources.</source>
        <translation>Keine Quellen.</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="174"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="174"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="174"/>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="175"/>
        <source>Only where each value comes from is shown; Kedascope never reads Secrets.</source>
        <translation>Angezeigt wird nur, woher jeder Wert stammt; Kedascope liest niemals Secrets.</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="181"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="185"/>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="187"/>
        <source>Events (%1, 1 warning)</source>
        <translation>Ereignisse (%1, 1 Warnung)</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="188"/>
        <source>Events (%1, %2 warnings)</source>
        <translation>Ereignisse (%1, %2 Warnungen)</translation>
    </message>
    <message>
        <location filename="../ui/detailssections.cpp" line="193"/>
        <source>Authentication (%1)</source>
        <translation>Authentifizierung (%1)</translation>
    </message>
</context>
<context>
    <name>DetailsSummary</name>
    <message>
        <location filename="../ui/detailssummary.cpp" line="44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="254"/>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="89"/>
        <location filename="../ui/detailssummary.cpp" line="193"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="90"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="92"/>
        <location filename="../ui/detailssummary.cpp" line="104"/>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="49"/>
        <source>min %1, max %2</source>
        <translation>min. %1, max. %2</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="59"/>
        <source>HPA %1 current → %2 desired</source>
        <translation>HPA %1 aktuell → %2 gewünscht</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="63"/>
        <source>HPA: %1</source>
        <translation>HPA: %1</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="66"/>
        <source>%1 %2: %3 wanted, %4 running</source>
        <translation>%1 %2: %3 gewünscht, %4 laufend</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="94"/>
        <source>Replicas now</source>
        <translation>Replikas jetzt</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="95"/>
        <source>Idle replicas</source>
        <translation>Replikas im Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="96"/>
        <location filename="../ui/detailssummary.cpp" line="105"/>
        <source>Polling interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="97"/>
        <source>Cooldown period</source>
        <translation>Abklingzeit</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="99"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="100"/>
        <source>%1 replicas after %2 failures</source>
        <translation>%1 Replikas nach %2 Fehlschlägen</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="102"/>
        <source>HPA</source>
        <translation>HPA</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="106"/>
        <source>Scaling strategy</source>
        <translation>Skalierungsstrategie</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="118"/>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="122"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="134"/>
        <source>below activation</source>
        <translation>unter Aktivierung</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="136"/>
        <source>(cached)</source>
        <translation>(zwischengespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="193"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="194"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="199"/>
        <source>Values from the external metrics API. Each read makes KEDA query the event source, except for triggers with useCachedMetrics: true (cached).</source>
        <translation>Werte aus der External Metrics API. Jedes Lesen lässt KEDA die Ereignisquelle abfragen, außer bei Triggern mit useCachedMetrics: true (zwischengespeichert).</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="201"/>
        <source>Values from the external metrics API. Each read makes KEDA query the event source unless the trigger has useCachedMetrics: true.</source>
        <translation>Werte aus der External Metrics API. Jedes Lesen lässt KEDA die Ereignisquelle abfragen, außer der Trigger hat useCachedMetrics: true.</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="233"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="249"/>
        <source>The object could not be read.</source>
        <translation>Das Objekt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="109"/>
        <location filename="../ui/detailssummary.cpp" line="226"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailssummary.cpp" line="153"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehlschlag</numerusform>
            <numerusform>%n Fehlschläge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="156"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="157"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="191"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="192"/>
        <location filename="../ui/detailssummary.cpp" line="225"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="192"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="192"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="195"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="194"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="208"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="225"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="225"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="226"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="211"/>
        <source>No conditions reported yet.</source>
        <translation>Noch keine Bedingungen gemeldet.</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <location filename="../ui/editorfilechooser.cpp" line="19"/>
        <source>YAML manifests (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Manifeste (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>EditorResults</name>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="35"/>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="38"/>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="42"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="56"/>
        <source>These fields belong to other field managers; applying would take them over:</source>
        <translation>Diese Felder gehören anderen Field-Managern; Anwenden würde sie übernehmen:</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="58"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="58"/>
        <source>Owned by</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="88"/>
        <source>Diff against the cluster</source>
        <translation>Diff gegen den Cluster</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="90"/>
        <source>Server dry run: nothing was changed</source>
        <translation>Server-Dry-Run: Nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="92"/>
        <source>Nothing was applied</source>
        <translation>Nichts wurde angewendet</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="94"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="94"/>
        <source>Apply failed</source>
        <translation>Anwenden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="97"/>
        <source>Every document is dry-run first; because one of them failed, none was sent for real.</source>
        <translation>Jedes Dokument durchläuft zuerst einen Dry Run; da einer davon fehlschlug, wurde keines wirklich gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="113"/>
        <source>Change the fields in the form or the YAML, talk to whoever owns them, or apply with &lt;b&gt;Force&lt;/b&gt; to take them over.</source>
        <translation>Ändern Sie die Felder im Formular oder im YAML, sprechen Sie mit deren Eigentümer, oder wenden Sie mit &lt;b&gt;Erzwingen&lt;/b&gt; an, um sie zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="117"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="128"/>
        <source>%1: nothing was sent</source>
        <translation>%1: Nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../ui/editorresulttext.cpp" line="129"/>
        <source>Fix these first; no document is sent while any of them has an error.</source>
        <translation>Beheben Sie diese zuerst; solange eines davon einen Fehler hat, wird kein Dokument gesendet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="28"/>
        <source>Kubeconfig: %1</source>
        <translation>Kubeconfig: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Demo cluster (kedascope-sim, in-process)</source>
        <translation>Demo-Cluster (kedascope-sim, im Programm)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>The kubeconfig could not be read: %1</source>
        <translation>Die kubeconfig konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>The kubeconfig has no context. Start the built-in demo cluster to look around, or pass --kubeconfig.</source>
        <translation>Die kubeconfig enthält keinen Kontext. Starten Sie den eingebauten Demo-Cluster, um sich umzusehen, oder geben Sie --kubeconfig an.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="90"/>
        <source>The context &quot;%1&quot; is not in the kubeconfig.</source>
        <translation>Der Kontext „%1“ steht nicht in der kubeconfig.</translation>
    </message>
</context>
<context>
    <name>ObjectDetails</name>
    <message>
        <location filename="../models/objectdetails.cpp" line="76"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/objectdetails.cpp" line="78"/>
        <source>%1 average</source>
        <translation>%1 Durchschnitt</translation>
    </message>
    <message>
        <location filename="../models/objectdetailstriggers.cpp" line="71"/>
        <source>resource metric, read by the HPA</source>
        <translation>Ressourcenmetrik, vom HPA gelesen</translation>
    </message>
    <message>
        <location filename="../models/objectdetailstriggers.cpp" line="75"/>
        <source>KEDA serves no external metric values for ScaledJobs</source>
        <translation>KEDA liefert keine externen Metrikwerte für ScaledJobs</translation>
    </message>
    <message>
        <location filename="../models/objectdetailstriggers.cpp" line="79"/>
        <source>KEDA reports no metric name for it yet</source>
        <translation>KEDA meldet dafür noch keinen Metriknamen</translation>
    </message>
    <message>
        <location filename="../models/objectdetailstriggers.cpp" line="92"/>
        <source>the metrics API returned no value</source>
        <translation>die Metrics API lieferte keinen Wert</translation>
    </message>
</context>
<context>
    <name>PauseText</name>
    <message>
        <location filename="../ui/pausetext.cpp" line="24"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="31"/>
        <source>pause (no new Jobs)</source>
        <translation>pausieren (keine neuen Jobs)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="34"/>
        <source>hold at %n replica(s)</source>
        <translation>
            <numerusform>bei %n Replika halten</numerusform>
            <numerusform>bei %n Replikas halten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="36"/>
        <source>freeze at the current count</source>
        <translation>beim aktuellen Stand einfrieren</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="38"/>
        <source>block scale-in</source>
        <translation>Herunterskalieren blockieren</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="40"/>
        <source>block scale-out</source>
        <translation>Hochskalieren blockieren</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="48"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="49"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="55"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="58"/>
        <source>no new Jobs; running Jobs finish</source>
        <translation>keine neuen Jobs; laufende Jobs laufen zu Ende</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="59"/>
        <source>Jobs created again</source>
        <translation>Jobs werden wieder erstellt</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="61"/>
        <source>%1, then scaled by KEDA again</source>
        <translation>%1, danach wieder von KEDA skaliert</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="64"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="66"/>
        <source>stays at %1</source>
        <translation>bleibt bei %1</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="68"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="70"/>
        <source>%1 or fewer</source>
        <translation>%1 oder weniger</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="78"/>
        <source>no planned end</source>
        <translation>kein geplantes Ende</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="88"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="90"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="92"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="94"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="104"/>
        <source>%1; replicas %2</source>
        <translation>%1; Replikas %2</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="106"/>
        <source>KEDA scales it again</source>
        <translation>KEDA skaliert es wieder</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="108"/>
        <source>Missing permission: %1. %2</source>
        <translation>Fehlende Berechtigung: %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="120"/>
        <source>Paused %n object(s).</source>
        <translation>
            <numerusform>%n Objekt pausiert.</numerusform>
            <numerusform>%n Objekte pausiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="120"/>
        <source>Resumed %n object(s).</source>
        <translation>
            <numerusform>%n Objekt fortgesetzt.</numerusform>
            <numerusform>%n Objekte fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="121"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="121"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="122"/>
        <source>%n changed by someone else</source>
        <translation>
            <numerusform>%n von jemand anderem geändert</numerusform>
            <numerusform>%n von jemand anderem geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="124"/>
        <source>Nothing was paused: %1. Nothing was retried.</source>
        <translation>Nichts wurde pausiert: %1. Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="125"/>
        <source>Nothing was resumed: %1. Nothing was retried.</source>
        <translation>Nichts wurde fortgesetzt: %1. Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="126"/>
        <source>Partial failure: paused %1 of %2 objects; %3. Nothing was retried.</source>
        <translation>Teilweise fehlgeschlagen: %1 von %2 Objekten pausiert; %3. Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/pausetext.cpp" line="130"/>
        <source>Partial failure: resumed %1 of %2 objects; %3. Nothing was retried.</source>
        <translation>Teilweise fehlgeschlagen: %1 von %2 Objekten fortgesetzt; %3. Nichts wurde wiederholt.</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ClusterConnection</name>
    <message>
        <location filename="../models/clusterconnection.cpp" line="68"/>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="70"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="72"/>
        <source>Reconnecting</source>
        <translation>Verbinde neu</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="74"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="76"/>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="78"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ContextListModel</name>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="158"/>
        <source>Configuration error: %1</source>
        <translation>Konfigurationsfehler: %1</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="161"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="163"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="165"/>
        <source>Connected (Kubernetes %1)</source>
        <translation>Verbunden (Kubernetes %1)</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="167"/>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="179"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="181"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="183"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="185"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="187"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="189"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kedascope::models::EditorSession</name>
    <message>
        <location filename="../models/editorsession.cpp" line="71"/>
        <source>Document %1 (does not parse)</source>
        <translation>Dokument %1 (nicht parsebar)</translation>
    </message>
    <message>
        <location filename="../models/editorsession.cpp" line="73"/>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
</context>
<context>
    <name>kedascope::models::EventLogModel</name>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="165"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="165"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="234"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="236"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="238"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="240"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="242"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="244"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../models/eventlogmodel.cpp" line="246"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ExternalMetricPoller</name>
    <message>
        <location filename="../models/externalmetricpoller.cpp" line="62"/>
        <source>the external metrics API answered HTTP %1</source>
        <translation>die External Metrics API antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/externalmetricpoller.cpp" line="236"/>
        <source>external metrics API</source>
        <translation>External Metrics API</translation>
    </message>
    <message>
        <location filename="../models/externalmetricpoller.cpp" line="289"/>
        <source>the external metrics API returned no value</source>
        <translation>die External Metrics API lieferte keinen Wert</translation>
    </message>
</context>
<context>
    <name>kedascope::models::KedaOperatorMetrics</name>
    <message>
        <location filename="../models/kedaoperatormetrics.cpp" line="83"/>
        <source>the operator&apos;s metrics are not in Prometheus&apos; text format: %1</source>
        <translation>die Metriken des Operators sind nicht im Textformat von Prometheus: %1</translation>
    </message>
    <message>
        <location filename="../models/kedaoperatormetrics.cpp" line="289"/>
        <source>the service proxy answered HTTP %1</source>
        <translation>der Service-Proxy antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/kedaoperatormetrics.cpp" line="340"/>
        <source>KEDA operator</source>
        <translation>KEDA-Operator</translation>
    </message>
    <message>
        <location filename="../models/kedaoperatormetrics.cpp" line="347"/>
        <source>KEDA exported NaN</source>
        <translation>KEDA hat NaN exportiert</translation>
    </message>
    <message>
        <location filename="../models/kedaoperatormetrics.cpp" line="364"/>
        <source>KEDA exports no value for %1: its scaler&apos;s last read failed</source>
        <translation>KEDA exportiert keinen Wert für %1: Das letzte Lesen seines Scalers ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/kedaoperatormetrics.cpp" line="372"/>
        <source>the KEDA operator&apos;s metrics could not be read</source>
        <translation>die Metriken des KEDA-Operators konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ManifestApplier</name>
    <message>
        <location filename="../models/manifestapplier.cpp" line="93"/>
        <source>The document has no metadata.name.</source>
        <translation>Das Dokument hat kein metadata.name.</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="97"/>
        <source>Kedascope does not apply %1 objects (%2); use kubectl for them.</source>
        <translation>Kedascope wendet keine %1-Objekte an (%2); verwenden Sie dafür kubectl.</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="120"/>
        <source>No cluster: open a context first.</source>
        <translation>Kein Cluster: Öffnen Sie zuerst einen Kontext.</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="176"/>
        <source>Secret values are not read, so this Secret is not compared.</source>
        <translation>Secret-Werte werden nicht gelesen, daher wird dieses Secret nicht verglichen.</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="296"/>
        <source>%1 would be created (server dry run)</source>
        <translation>%1 würde erstellt (Server-Dry-Run)</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="297"/>
        <source>%1 created</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="299"/>
        <source>%1 would be updated (server dry run)</source>
        <translation>%1 würde aktualisiert (Server-Dry-Run)</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="300"/>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="302"/>
        <source>%1 would stay unchanged (server dry run)</source>
        <translation>%1 bliebe unverändert (Server-Dry-Run)</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="303"/>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="305"/>
        <source>%1 would be applied (server dry run)</source>
        <translation>%1 würde angewendet (Server-Dry-Run)</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="306"/>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="309"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="311"/>
        <source>%1 is not on the cluster: it would be created</source>
        <translation>%1 ist nicht im Cluster: Es würde erstellt</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="312"/>
        <source>%1 is the same as on the cluster</source>
        <translation>%1 ist identisch mit dem Stand im Cluster</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/manifestapplier.cpp" line="313"/>
        <source>%1 differs from the cluster in %n field(s)</source>
        <translation>
            <numerusform>%1 weicht in %n Feld vom Cluster ab</numerusform>
            <numerusform>%1 weicht in %n Feldern vom Cluster ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="317"/>
        <source>%1: conflict: other field managers own fields it sets</source>
        <translation>%1: Konflikt: Andere Field-Manager besitzen Felder, die es setzt</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="319"/>
        <source>%1 refused as invalid: %2</source>
        <translation>%1 als ungültig abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="321"/>
        <source>%1 forbidden: %2</source>
        <translation>%1 verboten: %2</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="323"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/manifestapplier.cpp" line="325"/>
        <source>%1 not sent</source>
        <translation>%1 nicht gesendet</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ManifestDocument</name>
    <message>
        <location filename="../models/manifestdocument.cpp" line="85"/>
        <source>This view holds one document; open the file to edit several.</source>
        <translation>Diese Ansicht enthält ein Dokument; öffnen Sie die Datei, um mehrere zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../models/manifestdocument.cpp" line="90"/>
        <source>A manifest is a mapping of fields (apiVersion, kind, metadata, …).</source>
        <translation>Ein Manifest ist eine Zuordnung von Feldern (apiVersion, kind, metadata, …).</translation>
    </message>
</context>
<context>
    <name>kedascope::models::NamespaceModel</name>
    <message>
        <location filename="../models/namespacemodel.cpp" line="141"/>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <location filename="../models/namespacemodel.cpp" line="144"/>
        <source>Show objects of every namespace</source>
        <translation>Objekte aller Namespaces anzeigen</translation>
    </message>
    <message>
        <location filename="../models/namespacemodel.cpp" line="145"/>
        <source>Listed by the cluster</source>
        <translation>Vom Cluster aufgelistet</translation>
    </message>
    <message>
        <location filename="../models/namespacemodel.cpp" line="146"/>
        <source>Seen on an object</source>
        <translation>An einem Objekt gesehen</translation>
    </message>
</context>
<context>
    <name>kedascope::models::NotificationPolicy</name>
    <message numerus="yes">
        <location filename="../models/notificationpolicy.cpp" line="126"/>
        <source>%n objects: %1</source>
        <translation>
            <numerusform>%n Objekt: %1</numerusform>
            <numerusform>%n Objekte: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/notificationpolicy.cpp" line="129"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/notificationpolicy.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ObjectDetailsLoader</name>
    <message>
        <location filename="../models/objectdetailsloader.cpp" line="130"/>
        <source>The object could not be read.</source>
        <translation>Das Objekt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsloader.cpp" line="176"/>
        <source>Only ScaledObjects have an HPA.</source>
        <translation>Nur ScaledObjects haben einen HPA.</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsloader.cpp" line="198"/>
        <source>Only ScaledObjects have a scale target.</source>
        <translation>Nur ScaledObjects haben ein Skalierungsziel.</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsloader.cpp" line="216"/>
        <source>Kedascope reads /scale of Deployments and StatefulSets only; %1 %2 is not readable here.</source>
        <translation>Kedascope liest /scale nur von Deployments und StatefulSets; %1 %2 ist hier nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>kedascope::models::PauseController</name>
    <message>
        <location filename="../models/pausecontroller.cpp" line="108"/>
        <source>The list could not be read</source>
        <translation>Die Liste konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>kedascope::models::PrometheusHistory</name>
    <message>
        <location filename="../models/prometheushistory.cpp" line="178"/>
        <source>the Prometheus server could not be queried</source>
        <translation>der Prometheus-Server konnte nicht abgefragt werden</translation>
    </message>
    <message>
        <location filename="../models/prometheushistory.cpp" line="219"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../models/prometheushistory.cpp" line="225"/>
        <source>Prometheus holds NaN for this sample</source>
        <translation>Prometheus enthält NaN für diesen Messwert</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ReplicaTracker</name>
    <message>
        <location filename="../models/replicatracker.cpp" line="48"/>
        <source>the API server answered HTTP %1</source>
        <translation>der API-Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/replicatracker.cpp" line="287"/>
        <source>HPA and /scale</source>
        <translation>HPA und /scale</translation>
    </message>
    <message>
        <location filename="../models/replicatracker.cpp" line="288"/>
        <source>replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <location filename="../models/replicatracker.cpp" line="298"/>
        <source>current replicas</source>
        <translation>aktuelle Replikas</translation>
    </message>
    <message>
        <location filename="../models/replicatracker.cpp" line="301"/>
        <source>desired replicas</source>
        <translation>gewünschte Replikas</translation>
    </message>
    <message>
        <location filename="../models/replicatracker.cpp" line="326"/>
        <source>the /scale subresource reports no replica count</source>
        <translation>die Subressource /scale meldet keine Replikazahl</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ScaledJobModel</name>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="16"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="18"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="20"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="22"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="24"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="26"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="28"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="30"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="32"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="34"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ScaledObjectModel</name>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="162"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="164"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="166"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="168"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="170"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="172"/>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="174"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="176"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="178"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="180"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="182"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="184"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="186"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="278"/>
        <location filename="../models/scaledobjectmodel.cpp" line="290"/>
        <source>From HPA %1</source>
        <translation>Vom HPA %1</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="278"/>
        <location filename="../models/scaledobjectmodel.cpp" line="290"/>
        <source>HPA %1 not seen yet</source>
        <translation>HPA %1 noch nicht gesehen</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="289"/>
        <source>Paused at %1 replicas</source>
        <translation>Pausiert bei %1 Replikas</translation>
    </message>
</context>
<context>
    <name>kedascope::models::TriggerAuthModel</name>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="33"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="35"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="37"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/triggerauthmodel.cpp" line="98"/>
        <source>%n secret or config map reference(s)</source>
        <translation>
            <numerusform>%n Verweis auf Secret oder ConfigMap</numerusform>
            <numerusform>%n Verweise auf Secrets oder ConfigMaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::models::details</name>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="51"/>
        <source>Secret %1, key %2</source>
        <translation>Secret %1, Schlüssel %2</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="53"/>
        <source>ConfigMap %1, key %2</source>
        <translation>ConfigMap %1, Schlüssel %2</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="56"/>
        <source>env %1 of the target&apos;s first container</source>
        <translation>env %1 des ersten Containers des Ziels</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="57"/>
        <source>env %1 in container %2</source>
        <translation>env %1 in Container %2</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="60"/>
        <source>token of service account %1</source>
        <translation>Token des Service-Accounts %1</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="65"/>
        <source>Vault %1 (%2 auth)</source>
        <translation>Vault %1 (%2-Authentifizierung)</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="68"/>
        <source>%1: %2, key %3</source>
        <translation>%1: %2, Schlüssel %3</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="72"/>
        <source>Azure Key Vault %1</source>
        <translation>Azure Key Vault %1</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="74"/>
        <source>%1: secret %2</source>
        <translation>%1: Secret %2</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="79"/>
        <source>AWS Secrets Manager secret %1</source>
        <translation>AWS-Secrets-Manager-Secret %1</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="80"/>
        <source>AWS Secrets Manager secret %1, key %2</source>
        <translation>AWS-Secrets-Manager-Secret %1, Schlüssel %2</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="84"/>
        <source>GCP Secret Manager secret %1</source>
        <translation>GCP-Secret-Manager-Secret %1</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="87"/>
        <source>OAuth2 %1 client %2 at %3</source>
        <translation>OAuth2-%1-Client %2 bei %3</translation>
    </message>
    <message>
        <location filename="../models/objectdetailsauth.cpp" line="90"/>
        <source>file %1 in the KEDA operator</source>
        <translation>Datei %1 im KEDA-Operator</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ChartLegend</name>
    <message>
        <location filename="../ui/chartlegend.cpp" line="51"/>
        <source>Click to hide or show %1</source>
        <translation>Klicken, um %1 aus- oder einzublenden</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ChartTimeWindow</name>
    <message>
        <location filename="../ui/charttimewindow.cpp" line="50"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../ui/charttimewindow.cpp" line="52"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../ui/charttimewindow.cpp" line="54"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/charttimewindow.cpp" line="56"/>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/charttimewindow.cpp" line="58"/>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/charttimewindow.cpp" line="62"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ConsoleWindow</name>
    <message>
        <location filename="../ui/consolewindow.cpp" line="77"/>
        <source>Start the &amp;demo cluster</source>
        <translation>&amp;Demo-Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="80"/>
        <source>Kedascope</source>
        <translation>Kedascope</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="84"/>
        <location filename="../ui/consolewindow.cpp" line="121"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="85"/>
        <source>Double-click or press Enter to open a context</source>
        <translation>Doppelklicken oder Eingabe drücken, um einen Kontext zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="110"/>
        <source>Double-click a context on the left to open it.</source>
        <translation>Doppelklicken Sie links auf einen Kontext, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="111"/>
        <location filename="../ui/consolewindow.cpp" line="155"/>
        <source>No context to open.</source>
        <translation>Kein Kontext zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="114"/>
        <source>Kubeconfig files</source>
        <translation>Kubeconfig-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="131"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="132"/>
        <source>Start the demo cluster</source>
        <translation>Demo-Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="133"/>
        <source>Starts kedascope-sim, a demo cluster with KEDA objects, inside Kedascope</source>
        <translation>Startet kedascope-sim, einen Demo-Cluster mit KEDA-Objekten, innerhalb von Kedascope</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="145"/>
        <source>Open contexts</source>
        <translation>Geöffnete Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="150"/>
        <location filename="../ui/consolewindow.cpp" line="330"/>
        <location filename="../ui/consolewindow.cpp" line="332"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="154"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="184"/>
        <source>Start the &amp;Demo Cluster</source>
        <translation>&amp;Demo-Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="187"/>
        <source>&amp;Close Context</source>
        <translation>Kontext &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="191"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="195"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="196"/>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="202"/>
        <source>Copy as Clean &amp;YAML</source>
        <translation>Als bereinigtes &amp;YAML kopieren</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="203"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="206"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="213"/>
        <source>&amp;Object</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="219"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="221"/>
        <source>Read the kubeconfig again and list afresh (F5)</source>
        <translation>Die kubeconfig neu lesen und neu auflisten (F5)</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="224"/>
        <source>&amp;Next Context</source>
        <translation>&amp;Nächster Kontext</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="225"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="227"/>
        <source>&amp;Previous Context</source>
        <translation>&amp;Vorheriger Kontext</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="228"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="231"/>
        <source>&amp;ScaledObjects</source>
        <translation>&amp;ScaledObjects</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="231"/>
        <source>Scaled&amp;Jobs</source>
        <translation>Scaled&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="231"/>
        <source>&amp;TriggerAuthentications</source>
        <translation>&amp;TriggerAuthentications</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="232"/>
        <source>C&amp;lusterTriggerAuthentications</source>
        <translation>C&amp;lusterTriggerAuthentications</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ContextTab</name>
    <message>
        <location filename="../ui/contexttab.cpp" line="86"/>
        <source>Context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="106"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="108"/>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="116"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="117"/>
        <source>The namespace to show; type to search</source>
        <translation>Der anzuzeigende Namespace; tippen zum Suchen</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="134"/>
        <source>ScaledObjects</source>
        <translation>ScaledObjects</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="134"/>
        <source>ScaledJobs</source>
        <translation>ScaledJobs</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="134"/>
        <source>TriggerAuthentications</source>
        <translation>TriggerAuthentications</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="135"/>
        <source>ClusterTriggerAuthentications</source>
        <translation>ClusterTriggerAuthentications</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="136"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="137"/>
        <source>The kind of KEDA object to list</source>
        <translation>Die Art der aufzulistenden KEDA-Objekte</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="140"/>
        <source>Filter: name, key=value, type:kafka, ns:team-a, is:paused|fallback|failing|inactive|active, -word</source>
        <translation>Filter: Name, Schlüssel=Wert, type:kafka, ns:team-a, is:paused|fallback|failing|inactive|active, -Wort</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="142"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="143"/>
        <source>Words that must all match: text in the name or namespace, a label key=value, type:TRIGGER, ns:NAMESPACE, is:paused, is:fallback, is:failing, is:inactive, is:active. A leading - negates a word.</source>
        <translation>Wörter, die alle zutreffen müssen: Text im Namen oder Namespace, ein Label Schlüssel=Wert, type:TRIGGER, ns:NAMESPACE, is:paused, is:fallback, is:failing, is:inactive, is:active. Ein vorangestelltes - verneint ein Wort.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="151"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="162"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="196"/>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="198"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="467"/>
        <source>Fit columns to contents</source>
        <translation>Spalten an Inhalt anpassen</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="533"/>
        <source>in all namespaces</source>
        <translation>in allen Namespaces</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="534"/>
        <source>in the namespace %1</source>
        <translation>im Namespace %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="537"/>
        <source>Forbidden: the user %1 may not %2 %3 %4.</source>
        <translation>Verboten: Der Benutzer %1 darf %3 %4 nicht %2.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="540"/>
        <source>Forbidden: the user %1 may not list %2 %3.</source>
        <translation>Verboten: Der Benutzer %1 darf %2 %3 nicht auflisten.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="542"/>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="545"/>
        <source>Choose a namespace you may read.</source>
        <translation>Wählen Sie einen Namespace, den Sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="559"/>
        <source>Stale: showing what was known %1 ago.</source>
        <translation>Veraltet: Angezeigt wird der Stand von vor %1.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="562"/>
        <source>Reconnecting.</source>
        <translation>Verbinde neu.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="565"/>
        <source>Reconnecting…</source>
        <translation>Verbinde neu…</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="566"/>
        <source>Reconnecting after: %1</source>
        <translation>Neuverbindung nach: %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="572"/>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="573"/>
        <source>Press F5 to read the kubeconfig again and reconnect.</source>
        <translation>Drücken Sie F5, um die kubeconfig neu zu lesen und neu zu verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="592"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="594"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="596"/>
        <source>Stale, reconnecting</source>
        <translation>Veraltet, verbinde neu</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="596"/>
        <source>Reconnecting</source>
        <translation>Verbinde neu</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="598"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="600"/>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="602"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contexttab.cpp" line="613"/>
        <source>%1 of %n object(s) shown</source>
        <translation>
            <numerusform>%1 von %n Objekt angezeigt</numerusform>
            <numerusform>%1 von %n Objekten angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ContextWindow</name>
    <message>
        <location filename="../ui/contextwindow.cpp" line="24"/>
        <source>Kedascope</source>
        <translation>Kedascope</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="27"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="30"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="32"/>
        <source>Connect to every context again (%1)</source>
        <translation>Erneut mit jedem Kontext verbinden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="38"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="43"/>
        <source>Kubeconfig files</source>
        <translation>Kubeconfig-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="46"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contextwindow.cpp" line="65"/>
        <source>%n context(s)</source>
        <translation>
            <numerusform>%n Kontext</numerusform>
            <numerusform>%n Kontexte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="70"/>
        <location filename="../ui/detailspane.cpp" line="84"/>
        <source>Copy as clean YAML</source>
        <translation>Als bereinigtes YAML kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="72"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="73"/>
        <source>Selected object</source>
        <translation>Ausgewähltes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="68"/>
        <location filename="../ui/detailspane.cpp" line="88"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="68"/>
        <location filename="../ui/detailspane.cpp" line="89"/>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="69"/>
        <location filename="../ui/detailspane.cpp" line="90"/>
        <location filename="../ui/detailspane.cpp" line="165"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="69"/>
        <location filename="../ui/detailspane.cpp" line="91"/>
        <location filename="../ui/detailspane.cpp" line="166"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="79"/>
        <location filename="../ui/detailspane.cpp" line="92"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="85"/>
        <source>Copy the object as a manifest, without status and server-set fields</source>
        <translation>Das Objekt als Manifest kopieren, ohne Status und vom Server gesetzte Felder</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="93"/>
        <source>The HPA KEDA manages and the scale target&apos;s replicas</source>
        <translation>Der von KEDA verwaltete HPA und die Replikas des Skalierungsziels</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="94"/>
        <source>The latest Kubernetes events about this object</source>
        <translation>Die neuesten Kubernetes-Ereignisse zu diesem Objekt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="96"/>
        <source>The TriggerAuthentications the triggers use: where each parameter comes from</source>
        <translation>Die von den Triggern verwendeten TriggerAuthentications: woher jeder Parameter stammt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="97"/>
        <source>Details views</source>
        <translation>Detailansichten</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="133"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="181"/>
        <source>Select an object to see its details.</source>
        <translation>Wählen Sie ein Objekt, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorAdvancedForm</name>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="39"/>
        <source>Horizontal Pod Autoscaler</source>
        <translation>Horizontal Pod Autoscaler</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="41"/>
        <source>Default: keda-hpa-&lt;ScaledObject name&gt;</source>
        <translation>Standard: keda-hpa-&lt;Name des ScaledObject&gt;</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="42"/>
        <source>Restore the original replica count when the ScaledObject is deleted</source>
        <translation>Ursprüngliche Replikazahl wiederherstellen, wenn das ScaledObject gelöscht wird</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="43"/>
        <source>HPA name:</source>
        <translation>HPA-Name:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="49"/>
        <source>Scale up</source>
        <translation>Hochskalieren</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="50"/>
        <source>Scale down</source>
        <translation>Herunterskalieren</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="53"/>
        <source>Scaling modifiers</source>
        <translation>Scaling Modifiers</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="55"/>
        <source>e.g. (queue + backlog) / 2</source>
        <translation>z. B. (queue + backlog) / 2</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="56"/>
        <source>An expr-lang formula over the triggers&apos; names</source>
        <translation>Eine expr-lang-Formel über die Namen der Trigger</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="63"/>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="65"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="66"/>
        <source>Activation target:</source>
        <translation>Aktivierungsziel:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="67"/>
        <source>Metric type:</source>
        <translation>Metriktyp:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="93"/>
        <source>Default (0 s)</source>
        <translation>Standard (0 s)</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="93"/>
        <source>Default (300 s)</source>
        <translation>Standard (300 s)</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="94"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="97"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="98"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="99"/>
        <source>Period (s)</source>
        <translation>Zeitraum (s)</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="104"/>
        <source>Stabilization window:</source>
        <translation>Stabilisierungsfenster:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="105"/>
        <source>Select policy:</source>
        <translation>Richtlinienauswahl:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="106"/>
        <source>Policies:</source>
        <translation>Richtlinien:</translation>
    </message>
    <message>
        <location filename="../ui/editoradvancedform.cpp" line="169"/>
        <source>Formula is valid (triggers: %1).</source>
        <translation>Formel ist gültig (Trigger: %1).</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorFallbackForm</name>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="27"/>
        <source>Use fallback replicas when the scalers fail</source>
        <translation>Fallback-Replikas verwenden, wenn die Scaler fehlschlagen</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="30"/>
        <source>Consecutive failed metric reads before the fallback replicas apply</source>
        <translation>Aufeinanderfolgende fehlgeschlagene Metrikabfragen, bevor die Fallback-Replikas greifen</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="32"/>
        <source>Replicas while the scalers keep failing</source>
        <translation>Replikas, solange die Scaler weiter fehlschlagen</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="36"/>
        <source>static: the replicas above; currentReplicas*: keep the current count (if higher or lower than the replicas above); scalingModifiers: the formula decides</source>
        <translation>static: die Replikas oben; currentReplicas*: aktuellen Stand behalten (wenn höher bzw. niedriger als die Replikas oben); scalingModifiers: die Formel entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="38"/>
        <source>Failure threshold:</source>
        <translation>Fehlerschwelle:</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="39"/>
        <source>Replicas:</source>
        <translation>Replikas:</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="40"/>
        <source>Behavior:</source>
        <translation>Verhalten:</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="47"/>
        <location filename="../ui/editorfallbackform.cpp" line="48"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/editorfallbackform.cpp" line="86"/>
        <source>Fallback is not available: KEDA refuses it when every trigger is cpu or memory (those metrics come from the metrics server, not from a scaler that can fail).</source>
        <translation>Fallback ist nicht verfügbar: KEDA lehnt ihn ab, wenn alle Trigger cpu oder memory sind (diese Metriken kommen vom Metrics Server, nicht von einem Scaler, der fehlschlagen kann).</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorFormStack</name>
    <message>
        <location filename="../ui/editorformstack.cpp" line="19"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/editorformstack.cpp" line="57"/>
        <source>No document.</source>
        <translation>Kein Dokument.</translation>
    </message>
    <message>
        <location filename="../ui/editorformstack.cpp" line="59"/>
        <source>This document names no kind yet. Write apiVersion and kind in the YAML, e.g. keda.sh/v1alpha1 and ScaledObject.</source>
        <translation>Dieses Dokument nennt noch keine kind. Tragen Sie apiVersion und kind im YAML ein, z. B. keda.sh/v1alpha1 und ScaledObject.</translation>
    </message>
    <message>
        <location filename="../ui/editorformstack.cpp" line="62"/>
        <source>%1 has no form here; edit it in the YAML on the right. Diff, dry run and apply work for it as for the KEDA objects.</source>
        <translation>Für %1 gibt es hier kein Formular; bearbeiten Sie es im YAML rechts. Diff, Dry Run und Anwenden funktionieren dafür wie für die KEDA-Objekte.</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorItemTable</name>
    <message>
        <location filename="../ui/editoritemtable.cpp" line="16"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editoritemtable.cpp" line="16"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorKeyValueTable</name>
    <message>
        <location filename="../ui/editorkeyvaluetable.cpp" line="15"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editorkeyvaluetable.cpp" line="16"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editorkeyvaluetable.cpp" line="18"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/editorkeyvaluetable.cpp" line="18"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorLauncher</name>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="38"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="39"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="40"/>
        <source>Open the selected object in the editor as clean YAML</source>
        <translation>Das ausgewählte Objekt als bereinigtes YAML im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="42"/>
        <source>E&amp;xport as Clean YAML…</source>
        <translation>Als bereinigtes YAML e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="43"/>
        <source>Save the selected object without status, managedFields or server-set metadata</source>
        <translation>Das ausgewählte Objekt ohne Status, managedFields und vom Server gesetzte Metadaten speichern</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="58"/>
        <source>&amp;New from Template</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="62"/>
        <source>&amp;Open Manifest…</source>
        <translation>Manifest ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="66"/>
        <source>&amp;Restore Editor Drafts…</source>
        <translation>Editor-Entwürfe &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="129"/>
        <source>Open Manifest</source>
        <translation>Manifest öffnen</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="162"/>
        <source>New %1 (%2)</source>
        <translation>Neues %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="172"/>
        <source>Select an object in the table first.</source>
        <translation>Wählen Sie zuerst ein Objekt in der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="181"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="202"/>
        <source>Export as Clean YAML</source>
        <translation>Als bereinigtes YAML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="209"/>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="210"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="234"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="236"/>
        <source>Restore Editor Drafts</source>
        <translation>Editor-Entwürfe wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editorlauncher.cpp" line="237"/>
        <source>Kedascope did not close normally last time. %n editor draft(s) with unsaved changes can be restored.</source>
        <translation>
            <numerusform>Kedascope wurde beim letzten Mal nicht normal beendet. %n Editor-Entwurf mit ungespeicherten Änderungen kann wiederhergestellt werden.</numerusform>
            <numerusform>Kedascope wurde beim letzten Mal nicht normal beendet. %n Editor-Entwürfe mit ungespeicherten Änderungen können wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="244"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="246"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/editorlauncher.cpp" line="248"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorMessageBar</name>
    <message>
        <location filename="../ui/editormessagebar.cpp" line="16"/>
        <source>Editor message</source>
        <translation>Editor-Meldung</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorScaledJobForm</name>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="29"/>
        <source>Fallback is not available for ScaledJobs: KEDA only supports it on ScaledObjects.</source>
        <translation>Fallback ist für ScaledJobs nicht verfügbar: KEDA unterstützt ihn nur bei ScaledObjects.</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="31"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="32"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="33"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="45"/>
        <source>Job template</source>
        <translation>Job-Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="48"/>
        <source>e.g. ghcr.io/example/worker:1.0</source>
        <translation>z. B. ghcr.io/example/worker:1.0</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="55"/>
        <location filename="../ui/editorscaledjobform.cpp" line="56"/>
        <source>Default (1)</source>
        <translation>Standard (1)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="57"/>
        <source>Default (6)</source>
        <translation>Standard (6)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="58"/>
        <location filename="../ui/editorscaledjobform.cpp" line="88"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="59"/>
        <location filename="../ui/editorscaledjobform.cpp" line="81"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="60"/>
        <source>Container name:</source>
        <translation>Container-Name:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="61"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="62"/>
        <source>Restart policy:</source>
        <translation>Neustart-Richtlinie:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="63"/>
        <source>Parallelism:</source>
        <translation>Parallelität:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="64"/>
        <source>Completions:</source>
        <translation>Abschlüsse:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="65"/>
        <source>Backoff limit:</source>
        <translation>Backoff-Limit:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="66"/>
        <source>Active deadline:</source>
        <translation>Aktive Frist:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="76"/>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="80"/>
        <source>Default (30 s)</source>
        <translation>Standard (30 s)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="82"/>
        <source>Default (0)</source>
        <translation>Standard (0)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="83"/>
        <location filename="../ui/editorscaledjobform.cpp" line="108"/>
        <location filename="../ui/editorscaledjobform.cpp" line="109"/>
        <source>Default (100)</source>
        <translation>Standard (100)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="90"/>
        <source>e.g. 0.5 (custom strategy)</source>
        <translation>z. B. 0.5 (Strategie custom)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="91"/>
        <source>Polling interval:</source>
        <translation>Abfrageintervall:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="92"/>
        <source>Minimum replicas:</source>
        <translation>Minimale Replikas:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="93"/>
        <source>Maximum replicas:</source>
        <translation>Maximale Replikas:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="94"/>
        <source>Scaling strategy:</source>
        <translation>Skalierungsstrategie:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="95"/>
        <source>Queue length deduction:</source>
        <translation>Abzug von der Queue-Länge:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="96"/>
        <source>Running job percentage:</source>
        <translation>Anteil laufender Jobs:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="105"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="110"/>
        <source>Successful jobs kept:</source>
        <translation>Aufbewahrte erfolgreiche Jobs:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledjobform.cpp" line="111"/>
        <source>Failed jobs kept:</source>
        <translation>Aufbewahrte fehlgeschlagene Jobs:</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorScaledObjectForm</name>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="30"/>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="31"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="32"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="33"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="47"/>
        <source>Scale target</source>
        <translation>Skalierungsziel</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="50"/>
        <source>Deployment (KEDA&apos;s default)</source>
        <translation>Deployment (KEDA-Standard)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="51"/>
        <source>Any kind with a /scale subresource; Deployment when empty</source>
        <translation>Jede Art mit einer Subressource /scale; Deployment, wenn leer</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="54"/>
        <source>The workload to scale</source>
        <translation>Der zu skalierende Workload</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="57"/>
        <source>apps/v1</source>
        <translation>apps/v1</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="58"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="59"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="60"/>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="66"/>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="70"/>
        <source>Default (0)</source>
        <translation>Standard (0)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="71"/>
        <source>Default (100)</source>
        <translation>Standard (100)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="72"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="73"/>
        <source>Replicas while no trigger is active; only 0 is allowed, and it must be below the minimum</source>
        <translation>Replikas, solange kein Trigger aktiv ist; nur 0 ist erlaubt, und der Wert muss unter dem Minimum liegen</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="74"/>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="75"/>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="76"/>
        <source>Idle:</source>
        <translation>Leerlauf:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="82"/>
        <source>Timing</source>
        <translation>Zeitverhalten</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="86"/>
        <source>Default (30 s)</source>
        <translation>Standard (30 s)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="87"/>
        <source>Default (300 s)</source>
        <translation>Standard (300 s)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="88"/>
        <source>Default (0 s)</source>
        <translation>Standard (0 s)</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="90"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="91"/>
        <source>How often KEDA asks the scalers</source>
        <translation>Wie oft KEDA die Scaler abfragt</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="92"/>
        <source>How long after the last active trigger before scaling to zero</source>
        <translation>Wie lange nach dem letzten aktiven Trigger bis zum Skalieren auf null</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="93"/>
        <source>How long after creation before scaling to zero is allowed</source>
        <translation>Wie lange nach dem Erstellen, bis Skalieren auf null erlaubt ist</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="94"/>
        <source>Polling interval:</source>
        <translation>Abfrageintervall:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="95"/>
        <source>Cooldown period:</source>
        <translation>Abklingzeit:</translation>
    </message>
    <message>
        <location filename="../ui/editorscaledobjectform.cpp" line="96"/>
        <source>Initial cooldown:</source>
        <translation>Anfängliche Abklingzeit:</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorTriggerAuthForm</name>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="37"/>
        <location filename="../ui/editortriggerauthform.cpp" line="40"/>
        <location filename="../ui/editortriggerauthform.cpp" line="43"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="38"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="39"/>
        <location filename="../ui/editortriggerauthform.cpp" line="45"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="41"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="42"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="44"/>
        <source>ConfigMap</source>
        <translation>ConfigMap</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="51"/>
        <source>A ClusterTriggerAuthentication reads its Secrets and ConfigMaps from KEDA&apos;s own namespace.</source>
        <translation>Eine ClusterTriggerAuthentication liest ihre Secrets und ConfigMaps aus dem Namespace von KEDA selbst.</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="54"/>
        <source>From Secrets</source>
        <translation>Aus Secrets</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="55"/>
        <source>Each parameter is read from a key of a Secret. Kedascope names the Secret and key only; their values are never fetched or shown.</source>
        <translation>Jeder Parameter wird aus einem Schlüssel eines Secrets gelesen. Kedascope nennt nur Secret und Schlüssel; deren Werte werden nie abgerufen oder angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="58"/>
        <source>From environment variables</source>
        <translation>Aus Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="59"/>
        <source>Each parameter is read from an environment variable of the scale target&apos;s container.</source>
        <translation>Jeder Parameter wird aus einer Umgebungsvariablen des Containers des Skalierungsziels gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="62"/>
        <source>From ConfigMaps</source>
        <translation>Aus ConfigMaps</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="62"/>
        <source>Each parameter is read from a key of a ConfigMap.</source>
        <translation>Jeder Parameter wird aus einem Schlüssel einer ConfigMap gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="66"/>
        <source>Pod identity</source>
        <translation>Pod-Identität</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="71"/>
        <source>Azure: the managed identity&apos;s client ID</source>
        <translation>Azure: die Client-ID der verwalteten Identität</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="73"/>
        <source>AWS: arn:aws:iam::…:role/…</source>
        <translation>AWS: arn:aws:iam::…:role/…</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="76"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="77"/>
        <source>Identity ID:</source>
        <translation>Identitäts-ID:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="78"/>
        <source>Role ARN:</source>
        <translation>Rollen-ARN:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerauthform.cpp" line="79"/>
        <source>Identity owner:</source>
        <translation>Identitätseigentümer:</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorTriggerForm</name>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="45"/>
        <source>Use cached metrics</source>
        <translation>Zwischengespeicherte Metriken verwenden</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="60"/>
        <source>Search scalers…</source>
        <translation>Scaler suchen…</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="67"/>
        <source>Optional; needed by scaling modifier formulas</source>
        <translation>Optional; benötigt von Scaling-Modifier-Formeln</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="71"/>
        <source>How the HPA compares the metric with the target; empty: AverageValue</source>
        <translation>Wie der HPA die Metrik mit dem Ziel vergleicht; leer: AverageValue</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="76"/>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="87"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="88"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="90"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="91"/>
        <source>Metric type:</source>
        <translation>Metriktyp:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="96"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="98"/>
        <location filename="../ui/editortriggerform.cpp" line="210"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="99"/>
        <location filename="../ui/editortriggerform.cpp" line="210"/>
        <source>Other metadata</source>
        <translation>Weitere Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="194"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="201"/>
        <source>This scaler takes no metadata.</source>
        <translation>Dieser Scaler hat keine Metadaten.</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="204"/>
        <source>Choose the scaler this trigger uses.</source>
        <translation>Wählen Sie den Scaler, den dieser Trigger verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="205"/>
        <source>“%1” is not in the scaler catalog; its metadata is edited as key/value rows below.</source>
        <translation>„%1“ ist nicht im Scaler-Katalog; seine Metadaten werden unten als Schlüssel/Wert-Zeilen bearbeitet.</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="218"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="219"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="251"/>
        <source>Or supplied by: %1</source>
        <translation>Oder geliefert von: %1</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="265"/>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="276"/>
        <source>Belongs in a TriggerAuthentication</source>
        <translation>Gehört in eine TriggerAuthentication</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="277"/>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerform.cpp" line="290"/>
        <source>Required. %1</source>
        <translation>Erforderlich. %1</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorTriggerList</name>
    <message>
        <location filename="../ui/editortriggerlist.cpp" line="18"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerlist.cpp" line="19"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerlist.cpp" line="19"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerlist.cpp" line="20"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerlist.cpp" line="40"/>
        <source>Add Trigger</source>
        <translation>Trigger hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerlist.cpp" line="40"/>
        <source>Scaler type:</source>
        <translation>Scaler-Typ:</translation>
    </message>
    <message>
        <location filename="../ui/editortriggerlist.cpp" line="69"/>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorWindow</name>
    <message>
        <location filename="../ui/editorwindow.cpp" line="67"/>
        <location filename="../ui/editorwindow.cpp" line="78"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="69"/>
        <source>YAML status</source>
        <translation>YAML-Status</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="70"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="72"/>
        <source>Diff against cluster, Dry run and Apply report here: what would change, what the server said.</source>
        <translation>Diff gegen Cluster, Dry Run und Anwenden berichten hier: was sich ändern würde, was der Server meldete.</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="85"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="126"/>
        <source>Talking to %1… %2 of %3</source>
        <translation>Kommuniziere mit %1… %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="161"/>
        <location filename="../ui/editorwindow.cpp" line="162"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="163"/>
        <source>The documents of the file, in order</source>
        <translation>Die Dokumente der Datei, in Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="166"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="167"/>
        <source>Add a ScaledObject document to the file</source>
        <translation>Der Datei ein ScaledObject-Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="168"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="169"/>
        <source>Remove the selected document from the file</source>
        <translation>Das ausgewählte Dokument aus der Datei entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="175"/>
        <location filename="../ui/editorwindow.cpp" line="176"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="177"/>
        <source>Click a problem to go to its field and line</source>
        <translation>Klicken Sie auf ein Problem, um zu seinem Feld und seiner Zeile zu gelangen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="188"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="191"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="195"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="199"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="200"/>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="202"/>
        <source>Check every document against KEDA&apos;s schema and admission rules (F7)</source>
        <translation>Jedes Dokument gegen das Schema und die Admission-Regeln von KEDA prüfen (F7)</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="204"/>
        <source>&amp;Diff against Cluster</source>
        <translation>&amp;Diff gegen Cluster</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="205"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="207"/>
        <source>D&amp;ry Run</source>
        <translation>D&amp;ry Run</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="208"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="210"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="211"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="214"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="227"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="245"/>
        <source>Open a context in the console to compare, dry-run or apply</source>
        <translation>Öffnen Sie einen Kontext in der Konsole, um zu vergleichen, einen Dry Run auszuführen oder anzuwenden</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="249"/>
        <source>Compare each document with the live object (Ctrl+D)</source>
        <translation>Jedes Dokument mit dem Live-Objekt vergleichen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="250"/>
        <source>Send every document with dryRun=All: the server checks, nothing changes</source>
        <translation>Jedes Dokument mit dryRun=All senden: Der Server prüft, nichts ändert sich</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="252"/>
        <source>Server-side apply as field manager &quot;kedascope&quot;, after a dry run of every document</source>
        <translation>Server-side Apply als Field-Manager „kedascope“, nach einem Dry Run jedes Dokuments</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="255"/>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="255"/>
        <source>No cluster</source>
        <translation>Kein Cluster</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="339"/>
        <source>This form change rewrites the YAML, and the comments in it would be lost. Rewrite the YAML, or undo the form change and keep the text as it is?</source>
        <translation>Diese Formularänderung schreibt das YAML neu, und die Kommentare darin gingen verloren. YAML neu schreiben oder die Formularänderung rückgängig machen und den Text unverändert lassen?</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="341"/>
        <source>Rewrite YAML</source>
        <translation>YAML neu schreiben</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="345"/>
        <source>Keep the Text</source>
        <translation>Text behalten</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="357"/>
        <source>&lt;b&gt;Line %1, column %2:&lt;/b&gt; %3 — the form shows the last version that parsed.</source>
        <translation>&lt;b&gt;Zeile %1, Spalte %2:&lt;/b&gt; %3 — das Formular zeigt die letzte parsebare Version.</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="363"/>
        <source>The YAML parses; the form follows it.</source>
        <translation>Das YAML ist parsebar; das Formular folgt ihm.</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="385"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="395"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="398"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="404"/>
        <location filename="../ui/editorwindowrun.cpp" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="413"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editorwindow.cpp" line="415"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="415"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editorwindow.cpp" line="416"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="466"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="472"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../ui/editorwindow.cpp" line="473"/>
        <source>%1[*]%2 — Kedascope Editor</source>
        <translation>%1[*]%2 — Kedascope-Editor</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="29"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="43"/>
        <source>Restored the draft saved %1</source>
        <translation>Entwurf vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="55"/>
        <source>&lt;h3&gt;Not saved&lt;/h3&gt;&lt;p&gt;%1 cannot be written: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nicht gespeichert&lt;/h3&gt;&lt;p&gt;%1 kann nicht geschrieben werden: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="64"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="78"/>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="81"/>
        <source>Save Manifest As</source>
        <translation>Manifest speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="106"/>
        <source>The draft could not be written to %1</source>
        <translation>Der Entwurf konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="122"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="123"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowfiles.cpp" line="125"/>
        <source>Save them to a file, or discard them?</source>
        <translation>In einer Datei speichern oder verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="31"/>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="41"/>
        <location filename="../ui/editorwindowrun.cpp" line="53"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="61"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="66"/>
        <source>Dry run</source>
        <translation>Dry Run</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="71"/>
        <source>Apply with force</source>
        <translation>Erzwungen anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="71"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="87"/>
        <source>%1: nothing was sent</source>
        <translation>%1: Nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="98"/>
        <source>&lt;p&gt;%1 against %2…&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 gegen %2…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="109"/>
        <source>Nothing was applied: other field managers own fields this file sets (listed below). Forcing takes those fields over from them.</source>
        <translation>Nichts wurde angewendet: Andere Field-Manager besitzen Felder, die diese Datei setzt (unten aufgeführt). Erzwingen übernimmt diese Felder von ihnen.</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="111"/>
        <source>Apply with Force</source>
        <translation>Erzwungen anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="112"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="116"/>
        <source>Diff done</source>
        <translation>Diff fertig</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="118"/>
        <source>Dry run passed; nothing was changed</source>
        <translation>Dry Run bestanden; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="118"/>
        <source>Dry run failed</source>
        <translation>Dry Run fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="120"/>
        <source>Applied to %1</source>
        <translation>Auf %1 angewendet</translation>
    </message>
    <message>
        <location filename="../ui/editorwindowrun.cpp" line="120"/>
        <source>Nothing was applied</source>
        <translation>Nichts wurde angewendet</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EventNotifier</name>
    <message>
        <location filename="../ui/eventnotifier.cpp" line="49"/>
        <source>Kedascope: KEDA event notifications</source>
        <translation>Kedascope: Benachrichtigungen zu KEDA-Ereignissen</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EventsConsole</name>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="65"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="66"/>
        <source>Namespace filter</source>
        <translation>Namespace-Filter</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="67"/>
        <source>Only events in this namespace</source>
        <translation>Nur Ereignisse in diesem Namespace</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="71"/>
        <source>Object name</source>
        <translation>Objektname</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="72"/>
        <source>Object filter</source>
        <translation>Objektfilter</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="73"/>
        <source>Only events about the object with this name</source>
        <translation>Nur Ereignisse zum Objekt mit diesem Namen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="79"/>
        <source>Reason filter</source>
        <translation>Grund-Filter</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="80"/>
        <source>Only events with this reason</source>
        <translation>Nur Ereignisse mit diesem Grund</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="87"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="88"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="89"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="90"/>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="91"/>
        <source>Warning or Normal events</source>
        <translation>Ereignisse vom Typ Warning oder Normal</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="96"/>
        <source>Search reason, object, message</source>
        <translation>Grund, Objekt, Meldung durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="97"/>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="98"/>
        <source>Events whose reason, object or message contain this text</source>
        <translation>Ereignisse, deren Grund, Objekt oder Meldung diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="104"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="104"/>
        <source>Last 5 min</source>
        <translation>Letzte 5 min</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="104"/>
        <source>Last 15 min</source>
        <translation>Letzte 15 min</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="105"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="105"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="105"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="108"/>
        <source>Time filter</source>
        <translation>Zeitfilter</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="109"/>
        <source>Only events last seen in this period</source>
        <translation>Nur Ereignisse, die zuletzt in diesem Zeitraum gesehen wurden</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="119"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="130"/>
        <source>Double-click an event to select its object in the table</source>
        <translation>Doppelklicken Sie auf ein Ereignis, um sein Objekt in der Tabelle auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="132"/>
        <source>&amp;Copy Events</source>
        <translation>Ereignisse &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="137"/>
        <source>&amp;Show Object</source>
        <translation>Objekt &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="144"/>
        <source>Select the event&apos;s object in the table</source>
        <translation>Das Objekt des Ereignisses in der Tabelle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="147"/>
        <source>Copy the selected events</source>
        <translation>Die ausgewählten Ereignisse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="148"/>
        <source>&amp;Notify</source>
        <translation>&amp;Benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="149"/>
        <source>Which event reasons become desktop notifications</source>
        <translation>Welche Ereignisgründe zu Desktop-Benachrichtigungen werden</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="150"/>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="154"/>
        <source>Event count</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="202"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="203"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="248"/>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="249"/>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsconsole.cpp" line="310"/>
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 von %n Ereignis angezeigt</numerusform>
            <numerusform>%1 von %n Ereignissen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="349"/>
        <source>No notifications available</source>
        <translation>Keine Benachrichtigungen verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="352"/>
        <source>&amp;Desktop Notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/eventsconsole.cpp" line="359"/>
        <source>Notify on</source>
        <translation>Benachrichtigen bei</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::FleetModel</name>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="153"/>
        <source>trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="154"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="156"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="166"/>
        <source>No data now: %1</source>
        <translation>Derzeit keine Daten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleetmodel.cpp" line="170"/>
        <source>The last %n minute(s); double-click to chart</source>
        <translation>
            <numerusform>Die letzte Minute; Doppelklick für Diagramm</numerusform>
            <numerusform>Die letzten %n Minuten; Doppelklick für Diagramm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="178"/>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="199"/>
        <source>ScaledObject</source>
        <translation>ScaledObject</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="201"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="203"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="205"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="207"/>
        <source>Of target</source>
        <translation>Vom Ziel</translation>
    </message>
    <message>
        <location filename="../ui/fleetmodel.cpp" line="209"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::FleetView</name>
    <message>
        <location filename="../ui/fleetview.cpp" line="24"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="25"/>
        <source>Highest ratio to target</source>
        <translation>Höchstes Verhältnis zum Ziel</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="26"/>
        <source>Longest queues (highest values)</source>
        <translation>Längste Queues (höchste Werte)</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="27"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="28"/>
        <source>Which triggers come first</source>
        <translation>Welche Trigger zuerst kommen</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="33"/>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="34"/>
        <source>How many triggers to show</source>
        <translation>Wie viele Trigger angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="38"/>
        <source>Fleet triggers</source>
        <translation>Trigger der Flotte</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="52"/>
        <source>Double-click a row to chart that ScaledObject</source>
        <translation>Doppelklicken Sie auf eine Zeile, um das ScaledObject als Diagramm zu zeigen</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="59"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/fleetview.cpp" line="61"/>
        <source>&amp;Top:</source>
        <translation>&amp;Top:</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::MetricChart</name>
    <message>
        <location filename="../ui/metricchart.cpp" line="506"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="529"/>
        <source>%1: no data (%2)</source>
        <translation>%1: keine Daten (%2)</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="530"/>
        <source>no samples arrived</source>
        <translation>keine Messwerte eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="646"/>
        <source>no data: %1</source>
        <translation>keine Daten: %1</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="671"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="683"/>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="683"/>
        <source>Export Chart Data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="685"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="685"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="691"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="691"/>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="697"/>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="698"/>
        <source>Export Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="699"/>
        <source>Copy &amp;Image</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <location filename="../ui/metricchart.cpp" line="704"/>
        <source>Follow &amp;Live</source>
        <translation>&amp;Live folgen</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::MonitoringController</name>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="62"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="63"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="64"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="82"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="83"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="84"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="99"/>
        <source>&amp;Prometheus Server…</source>
        <translation>&amp;Prometheus-Server…</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="100"/>
        <source>Where the current context&apos;s metric history comes from</source>
        <translation>Woher der Metrikverlauf des aktuellen Kontexts stammt</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="224"/>
        <source>Open a context first.</source>
        <translation>Öffnen Sie zuerst einen Kontext.</translation>
    </message>
    <message>
        <location filename="../ui/monitoringcontroller.cpp" line="273"/>
        <source>%1 %2 is not a KEDA object in the table.</source>
        <translation>%1 %2 ist kein KEDA-Objekt in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ObjectChartPanel</name>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="55"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="59"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="60"/>
        <source>The time range the charts show; Custom… picks a fixed range</source>
        <translation>Der Zeitraum, den die Diagramme zeigen; Benutzerdefiniert… wählt einen festen Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="72"/>
        <location filename="../ui/objectchartpanel.cpp" line="78"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="73"/>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="74"/>
        <source>Checked: the charts follow the clock. Unchecked: frozen (End returns to live)</source>
        <translation>Aktiviert: Die Diagramme folgen der Uhr. Deaktiviert: eingefroren (Ende kehrt zu live zurück)</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="78"/>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="82"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="83"/>
        <source>Export the charts as a PNG image</source>
        <translation>Die Diagramme als PNG-Bild exportieren</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="84"/>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="87"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="88"/>
        <source>Export the samples in the shown range as CSV</source>
        <translation>Die Messwerte im angezeigten Zeitraum als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="89"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="95"/>
        <source>Charted object</source>
        <translation>Dargestelltes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="96"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="115"/>
        <source>Chart notes</source>
        <translation>Diagrammhinweise</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="146"/>
        <source>No ScaledObject selected</source>
        <translation>Kein ScaledObject ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="146"/>
        <source>ScaledObject %1/%2</source>
        <translation>ScaledObject %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="216"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="218"/>
        <source>history (Prometheus)</source>
        <translation>Verlauf (Prometheus)</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="220"/>
        <source>KEDA operator</source>
        <translation>KEDA-Operator</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="232"/>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="234"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="235"/>
        <source>desired</source>
        <translation>gewünscht</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="242"/>
        <source>trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="247"/>
        <source>Scaler latency (KEDA operator)</source>
        <translation>Scaler-Latenz (KEDA-Operator)</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="280"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="281"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="282"/>
        <source>paused at</source>
        <translation>pausiert bei</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="285"/>
        <source>Trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="294"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="295"/>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="308"/>
        <source>Select a ScaledObject in the table to chart its triggers and replicas.</source>
        <translation>Wählen Sie ein ScaledObject in der Tabelle, um seine Trigger und Replikas als Diagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="310"/>
        <source>No values recorded for %1/%2 yet; they appear with the first poll.</source>
        <translation>Noch keine Werte für %1/%2 aufgezeichnet; sie erscheinen mit der ersten Abfrage.</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="317"/>
        <source>Each read of the external metrics API makes KEDA query the trigger&apos;s source (a queue, a database), unless the trigger sets useCachedMetrics.</source>
        <translation>Jedes Lesen der External Metrics API lässt KEDA die Quelle des Triggers abfragen (eine Queue, eine Datenbank), sofern der Trigger nicht useCachedMetrics setzt.</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="320"/>
        <source>Read every %1 s.</source>
        <translation>Gelesen alle %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="322"/>
        <source>Wheel or +/− zoom, drag or arrow keys pan, End returns to live; click a legend entry to hide it.</source>
        <translation>Mausrad oder +/− zoomt, Ziehen oder Pfeiltasten verschieben, Ende kehrt zu live zurück; ein Klick auf einen Legendeneintrag blendet ihn aus.</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="363"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="374"/>
        <source>Export Charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="374"/>
        <source>Export Chart Data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="376"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="376"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="381"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="381"/>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="388"/>
        <source>Custom Time Range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="395"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="396"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="401"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/objectchartpanel.cpp" line="402"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PauseActions</name>
    <message>
        <location filename="../ui/pauseactions.cpp" line="44"/>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="45"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="46"/>
        <source>Pause KEDA scaling of the selected objects</source>
        <translation>KEDA-Skalierung der ausgewählten Objekte pausieren</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="47"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="48"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="49"/>
        <source>Resume the selected objects that Kedascope paused</source>
        <translation>Die ausgewählten, von Kedascope pausierten Objekte fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="50"/>
        <source>Pause &amp;Namespace…</source>
        <translation>&amp;Namespace pausieren…</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="51"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="52"/>
        <source>Pause every ScaledObject and ScaledJob of the tab&apos;s namespace</source>
        <translation>Alle ScaledObjects und ScaledJobs im Namespace des Tabs pausieren</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="53"/>
        <source>&amp;Undo Last Pause</source>
        <translation>Letzte Pause &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="54"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="55"/>
        <source>Paused &amp;Objects…</source>
        <translation>Pausierte &amp;Objekte…</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="56"/>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="57"/>
        <source>Every paused object of every open context</source>
        <translation>Alle pausierten Objekte aller geöffneten Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="98"/>
        <source>Choose a namespace in the tab first</source>
        <translation>Wählen Sie zuerst einen Namespace im Tab</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="130"/>
        <source>%n selected object(s) of %1</source>
        <translation>
            <numerusform>%n ausgewähltes Objekt von %1</numerusform>
            <numerusform>%n ausgewählte Objekte von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="144"/>
        <source>%n object(s) of %1</source>
        <translation>
            <numerusform>%n Objekt von %1</numerusform>
            <numerusform>%n Objekte von %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="153"/>
        <source>namespace %1 of %2</source>
        <translation>Namespace %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="281"/>
        <source>%n objects</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="282"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="285"/>
        <source>Resuming %1 %2</source>
        <translation>%1 %2 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="286"/>
        <source>Pause of %1 ends %2</source>
        <translation>Pause von %1 endet %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="287"/>
        <source>%n planned pause end(s); Object ▸ Paused Objects lists every paused object</source>
        <translation>
            <numerusform>%n geplantes Pausenende; Objekt ▸ Pausierte Objekte listet alle pausierten Objekte</numerusform>
            <numerusform>%n geplante Pausenenden; Objekt ▸ Pausierte Objekte listet alle pausierten Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="311"/>
        <source>Planned Pause Is Over</source>
        <translation>Geplante Pause ist vorbei</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="312"/>
        <source>The planned pause of %n object(s) in %1 is over.</source>
        <translation>
            <numerusform>Die geplante Pause von %n Objekt in %1 ist vorbei.</numerusform>
            <numerusform>Die geplante Pause von %n Objekten in %1 ist vorbei.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="316"/>
        <source>KEDA does not scale them until they are resumed:
%1</source>
        <translation>KEDA skaliert sie nicht, bis sie fortgesetzt werden:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="318"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weiteres</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="320"/>
        <source>Resume Now</source>
        <translation>Jetzt fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pauseactions.cpp" line="321"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PauseDialog</name>
    <message>
        <location filename="../ui/pausedialog.cpp" line="47"/>
        <source>Pause Scaling</source>
        <translation>Skalierung pausieren</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="47"/>
        <source>Resume Scaling</source>
        <translation>Skalierung fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="49"/>
        <source>&lt;b&gt;Pause KEDA scaling&lt;/b&gt; in %1</source>
        <translation>&lt;b&gt;KEDA-Skalierung pausieren&lt;/b&gt; in %1</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="50"/>
        <source>&lt;b&gt;Resume KEDA scaling&lt;/b&gt; in %1</source>
        <translation>&lt;b&gt;KEDA-Skalierung fortsetzen&lt;/b&gt; in %1</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="58"/>
        <source>Resume restores exactly the annotations Kedascope&apos;s pause set, and the values they replaced; other annotations stay as they are.</source>
        <translation>Fortsetzen stellt genau die Annotationen wieder her, die die Pause von Kedascope gesetzt hat, samt den Werten, die sie ersetzt haben; andere Annotationen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="64"/>
        <source>What will change:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="67"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="67"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="67"/>
        <source>Becomes</source>
        <translation>Wird</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="67"/>
        <location filename="../ui/pausedialog.cpp" line="91"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="67"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="67"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="80"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="80"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="93"/>
        <source>&amp;Hold at</source>
        <translation>&amp;Halten bei</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="96"/>
        <source> replicas</source>
        <translation> Replikas</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="97"/>
        <source>&amp;Freeze at the current count</source>
        <translation>Beim aktuellen Stand &amp;einfrieren</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="98"/>
        <source>Block scale-&amp;in only</source>
        <translation>Nur He&amp;runterskalieren blockieren</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="99"/>
        <source>Block scale-&amp;out only</source>
        <translation>Nur H&amp;ochskalieren blockieren</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="101"/>
        <source>autoscaling.keda.sh/paused-replicas: KEDA scales the target to this count and removes the HPA</source>
        <translation>autoscaling.keda.sh/paused-replicas: KEDA skaliert das Ziel auf diese Anzahl und entfernt den HPA</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="103"/>
        <source>autoscaling.keda.sh/paused: scaling stops where it is</source>
        <translation>autoscaling.keda.sh/paused: Die Skalierung bleibt beim aktuellen Stand stehen</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="104"/>
        <source>autoscaling.keda.sh/paused-scale-in: the count may grow, never shrink</source>
        <translation>autoscaling.keda.sh/paused-scale-in: Die Anzahl darf wachsen, aber nie schrumpfen</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="105"/>
        <source>autoscaling.keda.sh/paused-scale-out: the count may shrink, never grow</source>
        <translation>autoscaling.keda.sh/paused-scale-out: Die Anzahl darf schrumpfen, aber nie wachsen</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="114"/>
        <source>ScaledJobs can only be paused entirely; in other modes they stay unchanged.</source>
        <translation>ScaledJobs können nur vollständig pausiert werden; in anderen Modi bleiben sie unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="129"/>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="131"/>
        <source>&amp;None</source>
        <translation>&amp;Kein</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="132"/>
        <source>F&amp;or</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="133"/>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="138"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="141"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="154"/>
        <source>&amp;Resume automatically when it ends</source>
        <translation>Am Ende &amp;automatisch fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="155"/>
        <source>While Kedascope runs; otherwise it reminds you. The end is stored on each object (kedascope.io/pause-until), so `kedascope-ctl resume --expired` sees it too.</source>
        <translation>Solange Kedascope läuft; andernfalls erinnert es Sie. Das Ende wird an jedem Objekt gespeichert (kedascope.io/pause-until), sodass auch `kedascope-ctl resume --expired` es sieht.</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="255"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="265"/>
        <source>%n object(s) will be paused</source>
        <translation>
            <numerusform>%n Objekt wird pausiert</numerusform>
            <numerusform>%n Objekte werden pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="266"/>
        <source>%n object(s) will be resumed</source>
        <translation>
            <numerusform>%n Objekt wird fortgesetzt</numerusform>
            <numerusform>%n Objekte werden fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="268"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="270"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="272"/>
        <source>the list failed: %1</source>
        <translation>die Liste ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pausedialog.cpp" line="273"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="274"/>
        <source>Pause %n Object(s)</source>
        <translation>
            <numerusform>%n Objekt pausieren</numerusform>
            <numerusform>%n Objekte pausieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="275"/>
        <source>Resume %n Object(s)</source>
        <translation>
            <numerusform>%n Objekt fortsetzen</numerusform>
            <numerusform>%n Objekte fortsetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PauseResultDialog</name>
    <message>
        <location filename="../ui/pauseresultdialog.cpp" line="40"/>
        <source>Pause Result</source>
        <translation>Ergebnis der Pause</translation>
    </message>
    <message>
        <location filename="../ui/pauseresultdialog.cpp" line="40"/>
        <source>Resume Result</source>
        <translation>Ergebnis des Fortsetzens</translation>
    </message>
    <message>
        <location filename="../ui/pauseresultdialog.cpp" line="47"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/pauseresultdialog.cpp" line="47"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pauseresultdialog.cpp" line="47"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseresultdialog.cpp" line="75"/>
        <source>&amp;Undo: Resume %n</source>
        <translation>
            <numerusform>&amp;Rückgängig: %n fortsetzen</numerusform>
            <numerusform>&amp;Rückgängig: %n fortsetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseresultdialog.cpp" line="75"/>
        <source>&amp;Undo: Pause %n Again</source>
        <translation>
            <numerusform>&amp;Rückgängig: %n erneut pausieren</numerusform>
            <numerusform>&amp;Rückgängig: %n erneut pausieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pauseresultdialog.cpp" line="78"/>
        <source>Reverts exactly the annotations this run changed, guarded by each object&apos;s version</source>
        <translation>Macht genau die Annotationen rückgängig, die dieser Lauf geändert hat, abgesichert durch die Version jedes Objekts</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PausedView</name>
    <message>
        <location filename="../ui/pausedview.cpp" line="45"/>
        <source>Paused Objects</source>
        <translation>Pausierte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="50"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="50"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="50"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="50"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="51"/>
        <source>Paused since</source>
        <translation>Pausiert seit</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="51"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="51"/>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="59"/>
        <source>Resume &amp;Selected</source>
        <translation>&amp;Ausgewählte fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="60"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="100"/>
        <source>Reading every open context…</source>
        <translation>Lese alle geöffneten Kontexte…</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="100"/>
        <source>No context is open.</source>
        <translation>Kein Kontext ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="147"/>
        <source>not reported yet</source>
        <translation>noch nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="149"/>
        <source>Kedascope</source>
        <translation>Kedascope</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="149"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="150"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="152"/>
        <source>Restore the annotations Kedascope&apos;s pause replaced</source>
        <translation>Die Annotationen wiederherstellen, die die Pause von Kedascope ersetzt hat</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="153"/>
        <source>Paused outside Kedascope; resume it where it was paused</source>
        <translation>Außerhalb von Kedascope pausiert; setzen Sie es dort fort, wo es pausiert wurde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedview.cpp" line="164"/>
        <source>%n paused object(s) in %1 open context(s).</source>
        <translation>
            <numerusform>%n pausiertes Objekt in %1 geöffneten Kontext(en).</numerusform>
            <numerusform>%n pausierte Objekte in %1 geöffneten Kontext(en).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="167"/>
        <source>Not readable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="167"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="181"/>
        <source>no planned end</source>
        <translation>kein geplantes Ende</translation>
    </message>
    <message>
        <location filename="../ui/pausedview.cpp" line="185"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PrometheusDialog</name>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="38"/>
        <source>Skip TLS verification (insecure)</source>
        <translation>TLS-Prüfung überspringen (unsicher)</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="40"/>
        <source>Prometheus Server for %1</source>
        <translation>Prometheus-Server für %1</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="42"/>
        <source>Prometheus URL</source>
        <translation>Prometheus-URL</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="43"/>
        <source>The server whose /api/v1/query_range has keda_scaler_metrics_value; empty: none</source>
        <translation>Der Server, dessen /api/v1/query_range keda_scaler_metrics_value enthält; leer: keiner</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="44"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="45"/>
        <location filename="../ui/prometheusdialog.cpp" line="50"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="46"/>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="47"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="51"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="53"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="54"/>
        <source>The system&apos;s trust store</source>
        <translation>Der Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="55"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="56"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="57"/>
        <source>Choose the CA certificate file</source>
        <translation>Die CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="59"/>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="60"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="67"/>
        <source>Skip TLS verification</source>
        <translation>TLS-Prüfung überspringen</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="69"/>
        <source>The token and the password are kept in memory for this session only; they are never written to the settings or to disk.</source>
        <translation>Token und Passwort werden nur für diese Sitzung im Speicher gehalten; sie werden nie in die Einstellungen oder auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="79"/>
        <source>Give an http:// or https:// URL</source>
        <translation>Geben Sie eine http://- oder https://-URL an</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="87"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="88"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="89"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="90"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="91"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/prometheusdialog.cpp" line="92"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::StateBadgeDelegate</name>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="35"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="39"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="39"/>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="41"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="41"/>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="43"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="45"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="77"/>
        <location filename="../ui/statebadgedelegate.cpp" line="127"/>
        <source>Pausing</source>
        <translation>Wird pausiert</translation>
    </message>
</context>
</TS>
