<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>StacPlugin</name>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Least cloudy on top</source>
        <translation>Am wenigsten bewölkt oben</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Newest on top</source>
        <translation>Neueste oben</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Oldest on top</source>
        <translation>Älteste oben</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="569"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>area, dates, collections and cloud cover are filtered by the plugin</source>
        <translation>Gebiet, Daten, Kollektionen und Wolkenbedeckung werden vom Plugin gefiltert</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A static catalog cannot apply a CQL2 filter: it has no search; remove the filter (area, dates and cloud cover are filtered by the plugin)</source>
        <translation>Ein statischer Katalog kann keinen CQL2-Filter anwenden: Er hat keine Suche; entfernen Sie den Filter (Gebiet, Daten und Wolkenbedeckung werden vom Plugin gefiltert)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The buffer must be more than 0 m</source>
        <translation>Der Puffer muss größer als 0 m sein</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The search area is not a valid geometry</source>
        <translation>Das Suchgebiet ist keine gültige Geometrie</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The search area is empty: draw a polygon or select features first.</source>
        <translation>Das Suchgebiet ist leer: Zeichnen Sie zuerst ein Polygon oder wählen Sie Objekte aus.</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="45"/>
        <source>The map extent is empty</source>
        <translation>Die Kartenausdehnung ist leer</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="47"/>
        <source>The map extent has no valid coordinate reference system</source>
        <translation>Die Kartenausdehnung hat kein gültiges Koordinatenbezugssystem</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No band given: give an asset key, three keys (R,G,B), truecolor or falsecolor</source>
        <translation>Kein Kanal angegeben: Geben Sie einen Asset-Schlüssel, drei Schlüssel (R,G,B), truecolor oder falsecolor an</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No transformation from the extent&apos;s CRS to longitude/latitude</source>
        <translation>Keine Transformation vom KBS der Ausdehnung nach Länge/Breite</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Cannot reproject the extent</source>
        <translation>Die Ausdehnung kann nicht umprojiziert werden</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Cannot reproject an extent</source>
        <translation>Eine Ausdehnung kann nicht umprojiziert werden</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No item to mosaic</source>
        <translation>Kein Element für das Mosaik</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No source to take a CRS from</source>
        <translation>Keine Quelle, aus der ein KBS übernommen werden kann</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No transformation between the two CRS</source>
        <translation>Keine Transformation zwischen den beiden KBS</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No raster to build a grid from</source>
        <translation>Kein Raster, aus dem ein Gitter gebildet werden kann</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The area to cover is empty</source>
        <translation>Das abzudeckende Gebiet ist leer</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No band to combine</source>
        <translation>Kein Kanal zum Kombinieren</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Every item of a mosaic needs the same number of bands</source>
        <translation>Alle Elemente eines Mosaiks brauchen dieselbe Anzahl Kanäle</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No folder given: choose the folder to save the files in</source>
        <translation>Kein Ordner angegeben: Wählen Sie den Ordner, in dem die Dateien gespeichert werden</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A search result is not a STAC item</source>
        <translation>Ein Suchergebnis ist kein STAC-Element</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A search result is a STAC item without an id</source>
        <translation>Ein Suchergebnis ist ein STAC-Element ohne ID</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>no href</source>
        <translation>kein href</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>not a raster format GDAL reads (no media type, no known file name)</source>
        <translation>kein Rasterformat, das GDAL liest (kein Medientyp, kein bekannter Dateiname)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>not a COG, slower: a GeoTIFF not declared cloud-optimized may need far more reads</source>
        <translation>kein COG, langsamer: Ein nicht als Cloud-optimiert deklariertes GeoTIFF kann weit mehr Lesezugriffe brauchen</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>JPEG 2000, slower: decoding costs more than a COG</source>
        <translation>JPEG 2000, langsamer: Das Dekodieren kostet mehr als ein COG</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>preview picture: probably not georeferenced</source>
        <translation>Vorschaubild: wahrscheinlich nicht georeferenziert</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>picture: probably not georeferenced</source>
        <translation>Bild: wahrscheinlich nicht georeferenziert</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="119"/>
        <source>the pystac-client that comes with the plugin needs Python {min} or later and this QGIS runs Python {python}: use a newer QGIS</source>
        <translation>der mit dem Plugin gelieferte pystac-client braucht Python {min} oder neuer und dieses QGIS nutzt Python {python}: Verwenden Sie ein neueres QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="126"/>
        <source>pystac-client comes with the plugin&apos;s release zip: install the plugin from Plugins &gt; Manage and Install Plugins (or Install from ZIP with the release zip)</source>
        <translation>pystac-client ist im Release-ZIP des Plugins enthalten: Installieren Sie das Plugin über Erweiterungen &gt; Erweiterungen verwalten und installieren (oder Aus ZIP installieren mit dem Release-ZIP)</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="134"/>
        <source>{listed}: run `sudo apt install {apt}` in a terminal</source>
        <translation>{listed}: Führen Sie `sudo apt install {apt}` in einem Terminal aus</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="139"/>
        <source>{listed}: in the OSGeo4W Shell that comes with QGIS run `setup -q -A -k -s https://download.osgeo.org/osgeo4w/v2 {o4w}`</source>
        <translation>{listed}: Führen Sie in der mit QGIS gelieferten OSGeo4W Shell `setup -q -A -k -s https://download.osgeo.org/osgeo4w/v2 {o4w}` aus</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="146"/>
        <source> then `python -m pip install rioxarray`</source>
        <translation> und dann `python -m pip install rioxarray`</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="149"/>
        <source>{listed}: run `&quot;{python}&quot; -m pip install {packages}` in Terminal</source>
        <translation>{listed}: Führen Sie `&quot;{python}&quot; -m pip install {packages}` im Terminal aus</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="154"/>
        <source>{listed}: install your distribution&apos;s packages ({pkgs} on most)</source>
        <translation>{listed}: Installieren Sie die Pakete Ihrer Distribution ({pkgs} bei den meisten)</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="157"/>
        <source>To use all of the STAC plugin: {steps}. Then restart QGIS.</source>
        <translation>Um das STAC-Plugin vollständig zu nutzen: {steps}. Starten Sie dann QGIS neu.</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="165"/>
        <source>Saving needs {missing}. {hint}</source>
        <translation>Speichern braucht {missing}. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="191"/>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="23"/>
        <source>STAC Search</source>
        <translation>STAC-Suche</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>STAC Processing algorithms unavailable. {hint}</source>
        <translation>STAC-Verarbeitungsalgorithmen nicht verfügbar. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="79"/>
        <source>Search STAC APIs for imagery and load it</source>
        <translation>STAC-APIs nach Bildern durchsuchen und sie laden</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="142"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="144"/>
        <source>How to use the STAC plugin (the README&apos;s usage section)</source>
        <translation>Wie das STAC-Plugin verwendet wird (der Abschnitt zur Nutzung in der README)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="149"/>
        <source>STAC plugin: missing Python package(s) {names}; see the log to install them.</source>
        <translation>STAC-Plugin: fehlende(s) Python-Paket(e) {names}; im Protokoll steht, wie sie installiert werden.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="162"/>
        <source>STAC Processing algorithms unavailable: {error}</source>
        <translation>STAC-Verarbeitungsalgorithmen nicht verfügbar: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="167"/>
        <source>Could not register the STAC Processing provider</source>
        <translation>Der STAC-Verarbeitungsanbieter konnte nicht registriert werden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="96"/>
        <source> Save a connection with this URL in the STAC dock and give it the authentication configuration the API needs.</source>
        <translation> Speichern Sie im STAC-Bedienfeld eine Verbindung mit dieser URL und geben Sie ihr die Authentifizierungskonfiguration, die die API braucht.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="100"/>
        <source> Check the authentication configuration of the saved connection {name!r}.</source>
        <translation> Prüfen Sie die Authentifizierungskonfiguration der gespeicherten Verbindung {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="124"/>
        <source>{where} stopped on an unexpected error; the details are in the STAC tab of the log panel.</source>
        <translation>{where} wurde durch einen unerwarteten Fehler beendet; die Details stehen im Reiter STAC des Protokollbedienfelds.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="124"/>
        <source>The algorithm</source>
        <translation>Der Algorithmus</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="160"/>
        <source>{name} is empty: give an http(s) address.</source>
        <translation>{name} ist leer: Geben Sie eine http(s)-Adresse an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="166"/>
        <source>{name} {url!r} is not a valid URL: {why}.</source>
        <translation>{name} {url!r} ist keine gültige URL: {why}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="172"/>
        <source>{name} must be an http(s) address, not {url!r}.</source>
        <translation>{name} muss eine http(s)-Adresse sein, nicht {url!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="192"/>
        <source>{name}: the coordinate reference system {crs!r} is unknown; give e.g. EPSG:4326.</source>
        <translation>{name}: Das Koordinatenbezugssystem {crs!r} ist unbekannt; geben Sie z. B. EPSG:4326 an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="214"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="214"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="215"/>
        <source>{kind} from {low} to {high}</source>
        <translation>{kind} von {low} bis {high}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="225"/>
        <source>{name} must be {span}, not {raw!r}.</source>
        <translation>{name} muss {span} sein, nicht {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="247"/>
        <source>{name} must be true or false, not {raw!r}.</source>
        <translation>{name} muss wahr oder falsch sein, nicht {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="261"/>
        <source>{name} must be text, not {raw!r}.</source>
        <translation>{name} muss Text sein, nicht {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="275"/>
        <source>{name}: {value!r} is not an id (ids hold no &apos;/&apos;, &apos;\&apos; or control characters).</source>
        <translation>{name}: {value!r} ist keine ID (IDs enthalten weder '/', '\' noch Steuerzeichen).</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Use for example 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z or 2020-01-01/..</source>
        <translation>Verwenden Sie zum Beispiel 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z oder 2020-01-01/..</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="333"/>
        <source>{name}: {path} is a folder; give a file name.</source>
        <translation>{name}: {path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="339"/>
        <source>{name}: cannot write {path}: the folder {folder} is a file, not a folder.</source>
        <translation>{name}: {path} kann nicht geschrieben werden: Der Ordner {folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="341"/>
        <source>{name}: cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{name}: {path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="347"/>
        <source>{name}: cannot write {path}: {why}.</source>
        <translation>{name}: {path} kann nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="360"/>
        <source>ITEMS: the file {source} does not exist.</source>
        <translation>ITEMS: Die Datei {source} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="362"/>
        <source>ITEMS: {source} is a folder; give an ItemCollection or Item GeoJSON file.</source>
        <translation>ITEMS: {source} ist ein Ordner; geben Sie eine GeoJSON-Datei (ItemCollection oder Item) an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="375"/>
        <source>ITEMS is empty: give an ItemCollection or Item GeoJSON file, or an item URL.</source>
        <translation>ITEMS ist leer: Geben Sie eine GeoJSON-Datei (ItemCollection oder Item) oder die URL eines Elements an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="385"/>
        <source>No STAC items in {source}.</source>
        <translation>Keine STAC-Elemente in {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="398"/>
        <source>No item with id {id!r}; the items are: {ids}.</source>
        <translation>Kein Element mit der ID {id!r}; die Elemente sind: {ids}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="416"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="417"/>
        <source>Item {id!r} has no asset {key!r}; its assets are: {keys}.</source>
        <translation>Element {id!r} hat kein Asset {key!r}; seine Assets sind: {keys}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="428"/>
        <source>not a raster format GDAL reads</source>
        <translation>kein Rasterformat, das GDAL liest</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="429"/>
        <source>Asset {key!r} of item {id!r} is not a raster: {reason}.</source>
        <translation>Asset {key!r} von Element {id!r} ist kein Raster: {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="56"/>
        <source>Download STAC assets</source>
        <translation>STAC-Assets herunterladen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="59"/>
        <source>Saves raster assets of STAC items as tiled, compressed GeoTIFF files named &amp;lt;item id&amp;gt;_&amp;lt;asset key&amp;gt;.tif, reading only the blocks needed.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file, or an item URL. &lt;b&gt;Item id&lt;/b&gt;: one item; empty for all items. &lt;b&gt;Assets&lt;/b&gt;: comma-separated asset keys. &lt;b&gt;Extent&lt;/b&gt;: clip to it (any CRS); empty for whole files. &lt;b&gt;Overwrite&lt;/b&gt;: replace existing files; when off an existing file is an error and nothing is downloaded.&lt;br&gt;&lt;br&gt;Output FILES lists the files written.</source>
        <translation>Speichert Raster-Assets von STAC-Elementen als gekachelte, komprimierte GeoTIFF-Dateien mit dem Namen &amp;lt;Element-ID&amp;gt;_&amp;lt;Asset-Schlüssel&amp;gt;.tif und liest dabei nur die nötigen Blöcke.&lt;br&gt;&lt;br&gt;&lt;b&gt;Elemente&lt;/b&gt;: eine GeoJSON-Datei (ItemCollection oder Item) oder die URL eines Elements. &lt;b&gt;Element-ID&lt;/b&gt;: ein Element; leer für alle Elemente. &lt;b&gt;Assets&lt;/b&gt;: kommagetrennte Asset-Schlüssel. &lt;b&gt;Ausdehnung&lt;/b&gt;: darauf zuschneiden (beliebiges KBS); leer für ganze Dateien. &lt;b&gt;Überschreiben&lt;/b&gt;: vorhandene Dateien ersetzen; ausgeschaltet ist eine vorhandene Datei ein Fehler und nichts wird heruntergeladen.&lt;br&gt;&lt;br&gt;Die Ausgabe FILES listet die geschriebenen Dateien.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="74"/>
        <source>Item id (empty for all items)</source>
        <translation>Element-ID (leer für alle Elemente)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="77"/>
        <source>Asset keys (comma-separated)</source>
        <translation>Asset-Schlüssel (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="78"/>
        <source>Clip to extent</source>
        <translation>Auf Ausdehnung zuschneiden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="79"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="80"/>
        <source>Overwrite existing files</source>
        <translation>Vorhandene Dateien überschreiben</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="83"/>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="177"/>
        <source>EXTENT is empty: give a rectangle with an area, or no extent.</source>
        <translation>EXTENT ist leer: Geben Sie ein Rechteck mit einer Fläche an oder keine Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="109"/>
        <source>ASSETS is empty: give one or more asset keys, separated by commas.</source>
        <translation>ASSETS ist leer: Geben Sie einen oder mehrere Asset-Schlüssel an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="115"/>
        <source>FOLDER is empty: give the folder to save the files in.</source>
        <translation>FOLDER ist leer: Geben Sie den Ordner an, in dem die Dateien gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="170"/>
        <source> Skipped.</source>
        <translation> Übersprungen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="196"/>
        <source>{target} already exists; set OVERWRITE to replace it or choose another folder.</source>
        <translation>{target} existiert bereits; setzen Sie OVERWRITE, um die Datei zu ersetzen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="217"/>
        <source>Saving {id} {key} from {url}</source>
        <translation>Speichere {id} {key} von {url}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="237"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="34"/>
        <source>Items (ItemCollection or Item GeoJSON file, or an item URL)</source>
        <translation>Elemente (GeoJSON-Datei ItemCollection oder Item, oder die URL eines Elements)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="34"/>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="54"/>
        <source>Load STAC asset</source>
        <translation>STAC-Asset laden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="57"/>
        <source>Loads one raster asset of a STAC item as a layer read straight from the asset&apos;s URL (/vsicurl/ for http(s), /vsis3/, /vsiaz/, /vsigs/ for cloud storage); nothing is downloaded beyond what is drawn.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file (e.g. saved by &lt;i&gt;Search a STAC API&lt;/i&gt;) or an item URL. &lt;b&gt;Item id&lt;/b&gt;: which item; empty for the first. &lt;b&gt;Asset&lt;/b&gt;: the asset key, such as B04 or visual; three comma-separated keys (R,G,B), &lt;i&gt;truecolor&lt;/i&gt; or &lt;i&gt;falsecolor&lt;/i&gt; for one three-band layer over the separate band files (bands found by their common names).&lt;br&gt;&lt;br&gt;The output is the layer&apos;s source, added to the project on completion.</source>
        <translation>Lädt ein Raster-Asset eines STAC-Elements als Layer, der direkt von der URL des Assets gelesen wird (/vsicurl/ für http(s), /vsis3/, /vsiaz/, /vsigs/ für Cloud-Speicher); über das Gezeichnete hinaus wird nichts heruntergeladen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Elemente&lt;/b&gt;: eine GeoJSON-Datei (ItemCollection oder Item, z. B. gespeichert von &lt;i&gt;STAC-API durchsuchen&lt;/i&gt;) oder die URL eines Elements. &lt;b&gt;Element-ID&lt;/b&gt;: welches Element; leer für das erste. &lt;b&gt;Asset&lt;/b&gt;: der Asset-Schlüssel, etwa B04 oder visual; drei kommagetrennte Schlüssel (R,G,B), &lt;i&gt;truecolor&lt;/i&gt; oder &lt;i&gt;falsecolor&lt;/i&gt; für einen Layer mit drei Kanälen über die getrennten Kanaldateien (Kanäle werden über ihre gängigen Namen gefunden).&lt;br&gt;&lt;br&gt;Die Ausgabe ist die Quelle des Layers, die am Ende dem Projekt hinzugefügt wird.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="74"/>
        <source>Item id (empty for the first item)</source>
        <translation>Element-ID (leer für das erste Element)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="147"/>
        <source>Asset key, three keys (R,G,B), truecolor or falsecolor</source>
        <translation>Asset-Schlüssel, drei Schlüssel (R,G,B), truecolor oder falsecolor</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="84"/>
        <source>Asset layer</source>
        <translation>Asset-Layer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="99"/>
        <source>ASSET is empty: give an asset key, three keys (R,G,B), truecolor or falsecolor.</source>
        <translation>ASSET ist leer: Geben Sie einen Asset-Schlüssel, drei Schlüssel (R,G,B), truecolor oder falsecolor an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="404"/>
        <source>Opening {url}</source>
        <translation>Öffne {url}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="161"/>
        <source>Combining {keys} of {id} (R, G, B)</source>
        <translation>Kombiniere {keys} von {id} (R, G, B)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="80"/>
        <source>No item with id {ids}; the items are: {listed}.</source>
        <translation>Kein Element mit der ID {ids}; die Elemente sind: {listed}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="118"/>
        <source>Mosaic STAC items</source>
        <translation>STAC-Elemente mosaikieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="121"/>
        <source>Combines the same band, or the same three-band composite, of several STAC items into one raster. Items in another CRS are reprojected on the fly (nearest neighbour); where items overlap, the one on top shows.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file, or an item URL. &lt;b&gt;Item ids&lt;/b&gt;: comma-separated; empty for all items. &lt;b&gt;Asset&lt;/b&gt;: one asset key, three comma-separated keys (R,G,B), truecolor or falsecolor (bands found by their common names). &lt;b&gt;Extent&lt;/b&gt;: only items touching it are used (the others cost no request), and it bounds the mosaic. &lt;b&gt;Order&lt;/b&gt;: which item is on top. &lt;b&gt;CRS&lt;/b&gt;: empty for the CRS most items share.&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt;: a .vrt reads the remote files lazily (only the blocks a view needs); a .tif is written as a tiled GeoTIFF. COUNT is the number of items used. A .vrt names the assets&apos; URLs without any token, so assets that need one (Planetary Computer) are best written to a .tif.</source>
        <translation>Fasst denselben Kanal oder dasselbe Dreikanal-Komposit mehrerer STAC-Elemente zu einem Raster zusammen. Elemente in einem anderen KBS werden spontan umprojiziert (nächster Nachbar); wo sich Elemente überlappen, ist das obere sichtbar.&lt;br&gt;&lt;br&gt;&lt;b&gt;Elemente&lt;/b&gt;: eine GeoJSON-Datei (ItemCollection oder Item) oder die URL eines Elements. &lt;b&gt;Element-IDs&lt;/b&gt;: kommagetrennt; leer für alle Elemente. &lt;b&gt;Asset&lt;/b&gt;: ein Asset-Schlüssel, drei kommagetrennte Schlüssel (R,G,B), truecolor oder falsecolor (Kanäle werden über ihre gängigen Namen gefunden). &lt;b&gt;Ausdehnung&lt;/b&gt;: nur Elemente, die sie berühren, werden verwendet (die anderen kosten keine Anfrage), und sie begrenzt das Mosaik. &lt;b&gt;Reihenfolge&lt;/b&gt;: welches Element oben liegt. &lt;b&gt;KBS&lt;/b&gt;: leer für das KBS, das die meisten Elemente teilen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Ausgabe&lt;/b&gt;: Eine .vrt liest die entfernten Dateien bei Bedarf (nur die Blöcke, die eine Ansicht braucht); eine .tif wird als gekacheltes GeoTIFF geschrieben. COUNT ist die Anzahl verwendeter Elemente. Eine .vrt nennt die URLs der Assets ohne Token, daher schreibt man Assets, die eines brauchen (Planetary Computer), besser in eine .tif.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="142"/>
        <source>Item ids (comma-separated; empty for all)</source>
        <translation>Element-IDs (kommagetrennt; leer für alle)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="171"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="155"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="160"/>
        <source>CRS (empty for the most common)</source>
        <translation>KBS (leer für das häufigste)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="163"/>
        <source>Mosaic (.vrt: lazy remote reads; .tif: GeoTIFF)</source>
        <translation>Mosaik (.vrt: entfernte Lesezugriffe bei Bedarf; .tif: GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="168"/>
        <source>Items used</source>
        <translation>Verwendete Elemente</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="196"/>
        <source>ORDER must be 0 to {n}.</source>
        <translation>ORDER muss zwischen 0 und {n} liegen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="237"/>
        <source>OUTPUT must end in .vrt (lazy remote reads) or .tif (a GeoTIFF), not {output!r}.</source>
        <translation>OUTPUT muss auf .vrt (entfernte Lesezugriffe bei Bedarf) oder .tif (ein GeoTIFF) enden, nicht {output!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="251"/>
        <source>CRS is not a valid coordinate reference system.</source>
        <translation>CRS ist kein gültiges Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="276"/>
        <source>No item touches EXTENT; nothing to mosaic.</source>
        <translation>Kein Element berührt EXTENT; nichts zu mosaikieren.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="201"/>
        <source>Mosaic of {n} item(s), {order}</source>
        <translation>Mosaik aus {n} Element(en), {order}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="305"/>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="26"/>
        <source>STAC (SpatioTemporal Asset Catalogs)</source>
        <translation>STAC (SpatioTemporal Asset Catalogs)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="91"/>
        <source>The API has no collection {names}; its collections are: {listed}.</source>
        <translation>Die API hat keine Kollektion {names}; ihre Kollektionen sind: {listed}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="126"/>
        <source>Search a STAC API</source>
        <translation>STAC-API durchsuchen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="129"/>
        <source>Searches a STAC API and writes one polygon per item (EPSG:4326) with its id, collection, datetime, cloud cover and platform.&lt;br&gt;&lt;br&gt;&lt;b&gt;URL&lt;/b&gt;: the API&apos;s landing page, or a static catalog&apos;s &lt;i&gt;catalog.json&lt;/i&gt; or &lt;i&gt;collection.json&lt;/i&gt; (its links are followed and the area, dates, collections and cloud cover filtered here). &lt;b&gt;Collections&lt;/b&gt;: comma-separated ids, empty for all. &lt;b&gt;Extent&lt;/b&gt; or &lt;b&gt;Point&lt;/b&gt; (any CRS) limit the area; the extent wins when both are given. &lt;b&gt;Date/time&lt;/b&gt;: an interval such as 2020-03-20/2020-03-30 (.. for an open end). &lt;b&gt;Maximum cloud cover&lt;/b&gt;: 0-100 %. &lt;b&gt;Maximum items&lt;/b&gt;: the search stops after that many. &lt;b&gt;Sort by&lt;/b&gt;: comma-separated fields, each optionally prefixed - (descending) or +, e.g. -eo:cloud_cover,datetime; sorted by the API when it supports sorting, otherwise the items fetched are sorted (and the log says so). &lt;b&gt;Filter&lt;/b&gt;: CQL2-text (e.g. platform = &apos;sentinel-2a&apos;) or CQL2-JSON, combined by AND with the cloud cover, dates and area.&lt;br&gt;&lt;br&gt;Optionally saves the items as a GeoJSON ItemCollection for &lt;i&gt;Load STAC asset&lt;/i&gt; and &lt;i&gt;Download STAC assets&lt;/i&gt;. Outputs MATCHED (the server&apos;s total, -1 when it does not say) and COUNT (the items written).</source>
        <translation>Durchsucht eine STAC-API und schreibt ein Polygon pro Element (EPSG:4326) mit seiner ID, Kollektion, Datum/Zeit, Wolkenbedeckung und Plattform.&lt;br&gt;&lt;br&gt;&lt;b&gt;URL&lt;/b&gt;: die Startseite der API oder &lt;i&gt;catalog.json&lt;/i&gt; bzw. &lt;i&gt;collection.json&lt;/i&gt; eines statischen Katalogs (seinen Links wird gefolgt, und Gebiet, Daten, Kollektionen und Wolkenbedeckung werden hier gefiltert). &lt;b&gt;Kollektionen&lt;/b&gt;: kommagetrennte IDs, leer für alle. &lt;b&gt;Ausdehnung&lt;/b&gt; oder &lt;b&gt;Punkt&lt;/b&gt; (beliebiges KBS) begrenzen das Gebiet; sind beide angegeben, gilt die Ausdehnung. &lt;b&gt;Datum/Zeit&lt;/b&gt;: ein Intervall wie 2020-03-20/2020-03-30 (.. für ein offenes Ende). &lt;b&gt;Maximale Wolkenbedeckung&lt;/b&gt;: 0-100 %. &lt;b&gt;Maximale Anzahl Elemente&lt;/b&gt;: Die Suche endet nach so vielen. &lt;b&gt;Sortieren nach&lt;/b&gt;: kommagetrennte Felder, jeweils optional mit - (absteigend) oder + davor, z. B. -eo:cloud_cover,datetime; von der API sortiert, wenn sie sortieren kann, sonst werden die abgerufenen Elemente sortiert (und das Protokoll sagt es). &lt;b&gt;Filter&lt;/b&gt;: CQL2-text (z. B. platform = 'sentinel-2a') oder CQL2-JSON, mit AND kombiniert mit Wolkenbedeckung, Daten und Gebiet.&lt;br&gt;&lt;br&gt;Speichert die Elemente optional als GeoJSON-ItemCollection für &lt;i&gt;STAC-Asset laden&lt;/i&gt; und &lt;i&gt;STAC-Assets herunterladen&lt;/i&gt;. Gibt MATCHED (die Gesamtzahl des Servers, -1, wenn er sie nicht nennt) und COUNT (die geschriebenen Elemente) aus.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="159"/>
        <source>STAC API URL</source>
        <translation>URL der STAC-API</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="163"/>
        <source>Collections (comma-separated, empty for all)</source>
        <translation>Kollektionen (kommagetrennt, leer für alle)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="172"/>
        <source>Point (ignored when an extent is given)</source>
        <translation>Punkt (ignoriert, wenn eine Ausdehnung angegeben ist)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="180"/>
        <source>Date/time interval (e.g. 2020-03-20/2020-03-30)</source>
        <translation>Datum/Zeit-Intervall (z. B. 2020-03-20/2020-03-30)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="185"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale Wolkenbedeckung (%)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="195"/>
        <source>Maximum items</source>
        <translation>Maximale Anzahl Elemente</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="204"/>
        <source>Sort by (e.g. -eo:cloud_cover,datetime)</source>
        <translation>Sortieren nach (z. B. -eo:cloud_cover,datetime)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="209"/>
        <source>CQL2 filter (text or JSON)</source>
        <translation>CQL2-Filter (Text oder JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="217"/>
        <source>Footprints</source>
        <translation>Footprints</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="222"/>
        <source>ItemCollection (GeoJSON)</source>
        <translation>ItemCollection (GeoJSON)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="669"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="231"/>
        <source>Items matched by the server (-1: unknown)</source>
        <translation>Vom Server gefundene Elemente (-1: unbekannt)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="234"/>
        <source>Items written</source>
        <translation>Geschriebene Elemente</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="273"/>
        <source>EXTENT has no area: give a rectangle with an area, or none.</source>
        <translation>EXTENT hat keine Fläche: Geben Sie ein Rechteck mit einer Fläche an oder keins.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="295"/>
        <source>MAX_ITEMS must be a whole number from 1 to {n}.</source>
        <translation>MAX_ITEMS muss eine ganze Zahl von 1 bis {n} sein.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="311"/>
        <source>EXTENT lies outside the world: {extent} in {crs}.</source>
        <translation>EXTENT liegt außerhalb der Welt: {extent} in {crs}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="331"/>
        <source>POINT lies outside the world (longitude {lon}, latitude {lat} in {crs}).</source>
        <translation>POINT liegt außerhalb der Welt (Länge {lon}, Breite {lat} in {crs}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="407"/>
        <source>Using the login of the saved connection {name!r}</source>
        <translation>Verwende die Anmeldung der gespeicherten Verbindung {name!r}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="420"/>
        <source>{url} is a static catalog without search: {how}.</source>
        <translation>{url} ist ein statischer Katalog ohne Suche: {how}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="426"/>
        <source>Cloud cover filter applied by: {mode}</source>
        <translation>Filter der Wolkenbedeckung angewendet durch: {mode}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="428"/>
        <source>Sorted by the API: {sortby}</source>
        <translation>Von der API sortiert: {sortby}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="457"/>
        <source>This catalog cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, not the whole matching set.</source>
        <translation>Dieser Katalog kann nicht sortieren: Die {n} abgerufenen Elemente wurden in QGIS nach {sortby} sortiert, nicht die ganze Treffermenge.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="457"/>
        <source>This API cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, not the whole matching set.</source>
        <translation>Diese API kann nicht sortieren: Die {n} abgerufenen Elemente wurden in QGIS nach {sortby} sortiert, nicht die ganze Treffermenge.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="369"/>
        <source>an unknown number</source>
        <translation>eine unbekannte Anzahl</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="370"/>
        <source>{n} items written; the server matched {said}.</source>
        <translation>{n} Elemente geschrieben; der Server fand {said}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/url_widget.py" line="34"/>
        <source>A saved connection of the STAC dock, or any STAC API URL</source>
        <translation>Eine gespeicherte Verbindung des STAC-Bedienfelds oder eine beliebige STAC-API-URL</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="32"/>
        <source>Saving cancelled; no partial file was left.</source>
        <translation>Speichern abgebrochen; es blieb keine unvollständige Datei zurück.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="33"/>
        <source>Adding layers cancelled.</source>
        <translation>Hinzufügen der Layer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="46"/>
        <source>{n} file(s) to replace are open as layers ({names}); remove those layers first, or skip the existing files.</source>
        <translation>{n} zu ersetzende Datei(en) sind als Layer geöffnet ({names}); entfernen Sie zuerst diese Layer oder überspringen Sie die vorhandenen Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="35"/>
        <source>Saving… %p%</source>
        <translation>Speichern… %p%</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="34"/>
        <source>Opening layers… %p%</source>
        <translation>Layer werden geöffnet… %p%</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="35"/>
        <source>Cancel saving</source>
        <translation>Speichern abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="34"/>
        <source>Cancel adding layers</source>
        <translation>Hinzufügen der Layer abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="208"/>
        <source>Select items and check one or more raster assets first.</source>
        <translation>Wählen Sie zuerst Elemente aus und haken Sie ein oder mehrere Raster-Assets an.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="192"/>
        <source>{n} asset(s) could not be opened as rasters; see the log for details.</source>
        <translation>{n} Asset(s) konnten nicht als Raster geöffnet werden; Details im Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="201"/>
        <source>Added {n} layer(s).</source>
        <translation>{n} Layer hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="216"/>
        <source>Files Exist</source>
        <translation>Dateien vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="216"/>
        <source>{n} file(s) already exist:
{names}

Replace them?</source>
        <translation>{n} Datei(en) existieren bereits:
{names}

Ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="225"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="226"/>
        <source>Skip existing</source>
        <translation>Vorhandene überspringen</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="250"/>
        <source>A save is already running.</source>
        <translation>Es läuft bereits ein Speichervorgang.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="269"/>
        <source>Nothing to save: every file exists already.</source>
        <translation>Nichts zu speichern: Alle Dateien existieren bereits.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="284"/>
        <source>{n} layer(s) reading {name} could not be reloaded after it was replaced; remove them and add the file again.</source>
        <translation>{n} Layer, die {name} lesen, konnten nach dem Ersetzen nicht neu geladen werden; entfernen Sie sie und fügen Sie die Datei erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="298"/>
        <source>Saved {n} file(s) to {folder}.</source>
        <translation>{n} Datei(en) in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="312"/>
        <source>{n} saved file(s) could not be added to the map.</source>
        <translation>{n} gespeicherte Datei(en) konnten nicht zur Karte hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="108"/>
        <source>NASA Earthdata login</source>
        <translation>NASA-Earthdata-Anmeldung</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="68"/>
        <source>Planetary Computer SAS token</source>
        <translation>Planetary-Computer-SAS-Token</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="41"/>
        <source>AWS key pair (requester-pays S3 buckets)</source>
        <translation>AWS-Schlüsselpaar (Requester-Pays-S3-Buckets)</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="33"/>
        <source>Copernicus Data Space S3 key pair</source>
        <translation>S3-Schlüsselpaar für Copernicus Data Space</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="86"/>
        <source>Edit STAC Connection</source>
        <translation>STAC-Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="86"/>
        <source>New STAC Connection</source>
        <translation>Neue STAC-Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="126"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="127"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="192"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="194"/>
        <source>A connection named “{name}” already exists.</source>
        <translation>Eine Verbindung namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="122"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="268"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="268"/>
        <source>Remove the connection “{name}”?</source>
        <translation>Die Verbindung „{name}“ entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="361"/>
        <source>Add a STAC API connection first.</source>
        <translation>Fügen Sie zuerst eine STAC-API-Verbindung hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>Connecting to {name}…</source>
        <translation>Verbinde mit {name}…</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="163"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="326"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>Stop connecting</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>Read the API&apos;s landing page and list its collections</source>
        <translation>Die Startseite der API lesen und ihre Kollektionen auflisten</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="354"/>
        <source>Not connected: {message}</source>
        <translation>Nicht verbunden: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The start date is after the end date.</source>
        <translation>Das Startdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="483"/>
        <source>Search failed: {message}</source>
        <translation>Suche fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="498"/>
        <source>{n} without geometry (no footprint)</source>
        <translation>{n} ohne Geometrie (kein Footprint)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="500"/>
        <source>{n} without date</source>
        <translation>{n} ohne Datum</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="502"/>
        <source>{n} skipped as not STAC items</source>
        <translation>{n} übersprungen, da keine STAC-Elemente</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="507"/>
        <source>Some results are incomplete: {parts}.</source>
        <translation>Einige Ergebnisse sind unvollständig: {parts}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="521"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="522"/>
        <source>Stop the search in flight</source>
        <translation>Die laufende Suche abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="522"/>
        <source>Search the selected API</source>
        <translation>Die ausgewählte API durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="549"/>
        <source>{count} of {matched} matched</source>
        <translation>{count} von {matched} gefunden</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="553"/>
        <source>{count} items (total matched not reported by this API)</source>
        <translation>{count} Elemente (Gesamtzahl von dieser API nicht gemeldet)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="555"/>
        <source> · static catalog, filtered by the plugin</source>
        <translation> · statischer Katalog, vom Plugin gefiltert</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="557"/>
        <source> · loading more…</source>
        <translation> · lade weitere…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="559"/>
        <source>Cancelled · {text}</source>
        <translation>Abgebrochen · {text}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="561"/>
        <source>No items match: {hint}</source>
        <translation>Keine Elemente gefunden: {hint}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="567"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="572"/>
        <source>Connected: {n} collections</source>
        <translation>Verbunden: {n} Kollektionen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="578"/>
        <source>widen the dates</source>
        <translation>erweitern Sie die Daten</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="580"/>
        <source>raise Max cloud</source>
        <translation>erhöhen Sie Max. Wolken</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>tick more collections</source>
        <translation>haken Sie mehr Kollektionen an</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="583"/>
        <source>zoom out</source>
        <translation>zoomen Sie heraus</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="583"/>
        <source>pick another point</source>
        <translation>wählen Sie einen anderen Punkt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="586"/>
        <source>{some} or {last}</source>
        <translation>{some} oder {last}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="596"/>
        <source>Cloud limit applied by the plugin: this API cannot filter on cloud cover</source>
        <translation>Wolkengrenze vom Plugin angewendet: Diese API kann nicht nach Wolkenbedeckung filtern</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="599"/>
        <source>; {n} item(s) without a cloud cover left out</source>
        <translation>; {n} Element(e) ohne Wolkenbedeckung ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="601"/>
        <source>; the matched count is before the cloud limit</source>
        <translation>; die gefundene Anzahl gilt vor der Wolkengrenze</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="669"/>
        <source>Save Results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="682"/>
        <source>There are no results to save.</source>
        <translation>Es gibt keine Ergebnisse zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="684"/>
        <source>Saved {n} item(s) to {path}.</source>
        <translation>{n} Element(e) in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="743"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="745"/>
        <source>Searching… 1 item so far</source>
        <translation>Suche… bisher 1 Element</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="746"/>
        <source>Searching… {n} items so far</source>
        <translation>Suche… bisher {n} Elemente</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="35"/>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="47"/>
        <source>STAC queryables</source>
        <translation>Abfragbare STAC-Felder</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="107"/>
        <source>exact text, or a pattern with %</source>
        <translation>exakter Text oder ein Muster mit %</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="163"/>
        <source>Catalog filter (CQL2)</source>
        <translation>Katalogfilter (CQL2)</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="166"/>
        <source>Filters on the properties the API lists as queryable, combined by AND with the dates, cloud limit and area</source>
        <translation>Filtert nach den Eigenschaften, die die API als abfragbar nennt, mit AND kombiniert mit Daten, Wolkengrenze und Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="169"/>
        <source>Connect to list what this API can filter on.</source>
        <translation>Verbinden Sie sich, um aufzulisten, wonach diese API filtern kann.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="176"/>
        <source>More (CQL2-text or CQL2-JSON):</source>
        <translation>Mehr (CQL2-text oder CQL2-JSON):</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="179"/>
        <source>e.g. platform = &apos;sentinel-2a&apos; AND view:sun_elevation &gt; 30</source>
        <translation>z. B. platform = 'sentinel-2a' AND view:sun_elevation &gt; 30</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="203"/>
        <source>This API lists no queryables; the CQL2 editor still works if it filters.</source>
        <translation>Diese API nennt keine abfragbaren Felder; der CQL2-Editor funktioniert trotzdem, wenn sie filtert.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="218"/>
        <source>{n} queryable(s) from {url}</source>
        <translation>{n} abfragbare(s) Feld(er) von {url}</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="218"/>
        <source>{url} lists nothing beyond dates, cloud cover and area.</source>
        <translation>{url} nennt nichts außer Daten, Wolkenbedeckung und Gebiet.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="233"/>
        <source>Queryables not available: {message}</source>
        <translation>Abfragbare Felder nicht verfügbar: {message}</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="257"/>
        <source>Filter: {cql2}</source>
        <translation>Filter: {cql2}</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="43"/>
        <source>STAC footprints</source>
        <translation>STAC-Footprints</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>no cloud cover</source>
        <translation>keine Wolkenbedeckung</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>0-10 % cloud</source>
        <translation>0-10 % Wolken</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>10-30 % cloud</source>
        <translation>10-30 % Wolken</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>30-60 % cloud</source>
        <translation>30-60 % Wolken</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>60-100 % cloud</source>
        <translation>60-100 % Wolken</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="74"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="74"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="94"/>
        <source>{n} items selected</source>
        <translation>{n} Elemente ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="94"/>
        <source>showing {id}</source>
        <translation>zeige {id}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="135"/>
        <source>Raster in {n} of {total} selected items
{href}</source>
        <translation>Raster in {n} von {total} ausgewählten Elementen
{href}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="146"/>
        <source>Cannot be loaded as a raster: {reason}</source>
        <translation>Kann nicht als Raster geladen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="146"/>
        <source>not a raster GDAL reads</source>
        <translation>kein Raster, das GDAL liest</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>Each band as a layer</source>
        <translation>Jeder Kanal als Layer</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>True colour (red, green, blue)</source>
        <translation>Echtfarben (Rot, Grün, Blau)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>False colour (nir, red, green)</source>
        <translation>Falschfarben (NIR, Rot, Grün)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>Ticked bands as R, G, B</source>
        <translation>Angehakte Kanäle als R, G, B</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="57"/>
        <source>VRT (read remotely)</source>
        <translation>VRT (entfernt gelesen)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="57"/>
        <source>GeoTIFF file…</source>
        <translation>GeoTIFF-Datei…</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="58"/>
        <source>Mosaic cancelled; no partial file was left.</source>
        <translation>Mosaik abgebrochen; es blieb keine unvollständige Datei zurück.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="59"/>
        <source>Composites cancelled.</source>
        <translation>Komposite abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="138"/>
        <source>What Add to map (and a mosaic) makes of the selected items: each checked band as its own layer, or one three-band layer (a VRT over the remote bands, nothing downloaded)</source>
        <translation>Was Zur Karte hinzufügen (und ein Mosaik) aus den ausgewählten Elementen macht: jeden angehakten Kanal als eigenen Layer oder einen Layer mit drei Kanälen (ein VRT über die entfernten Kanäle, nichts wird heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="145"/>
        <source>Add as</source>
        <translation>Hinzufügen als</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="148"/>
        <source>Mosaic selected items</source>
        <translation>Ausgewählte Elemente mosaikieren</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="149"/>
        <source>One layer of the selected items over the map extent, in the CRS most of them share</source>
        <translation>Ein Layer der ausgewählten Elemente über die Kartenausdehnung, im KBS, das die meisten von ihnen teilen</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="154"/>
        <source>Which item shows where items overlap</source>
        <translation>Welches Element sichtbar ist, wo sich Elemente überlappen</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="157"/>
        <source>A VRT reads only the blocks the view needs from the remote files; a GeoTIFF is written to disk, window by window</source>
        <translation>Ein VRT liest aus den entfernten Dateien nur die Blöcke, die die Ansicht braucht; ein GeoTIFF wird Fenster für Fenster auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="207"/>
        <source>Tick three bands for R, G and B, in that order ({n} ticked).</source>
        <translation>Haken Sie drei Kanäle für R, G und B an, in dieser Reihenfolge ({n} angehakt).</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="212"/>
        <source>Tick one band to mosaic ({n} ticked), or choose a composite under Add as.</source>
        <translation>Haken Sie einen Kanal für das Mosaik an ({n} angehakt) oder wählen Sie unter Hinzufügen als ein Komposit.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="225"/>
        <source>tick 3 bands in R, G, B order ({n} ticked)</source>
        <translation>haken Sie 3 Kanäle in der Reihenfolge R, G, B an ({n} angehakt)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="260"/>
        <source>Select one or more items first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Elemente aus.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="291"/>
        <source>{n} composites could not be made: {first}</source>
        <translation>{n} Komposite konnten nicht erstellt werden: {first}</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="295"/>
        <source>Added {n} composite layer(s).</source>
        <translation>{n} Komposit-Layer hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="303"/>
        <source>The map has no extent to mosaic over.</source>
        <translation>Die Karte hat keine Ausdehnung für ein Mosaik.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="309"/>
        <source>Save Mosaic</source>
        <translation>Mosaik speichern</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="309"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="317"/>
        <source>File Exists</source>
        <translation>Datei vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="317"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="329"/>
        <source>A mosaic is already being made.</source>
        <translation>Es wird bereits ein Mosaik erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="332"/>
        <source>Select the items to mosaic first.</source>
        <translation>Wählen Sie zuerst die Elemente für das Mosaik aus.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="344"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="361"/>
        <source>Mosaic Selected Items</source>
        <translation>Ausgewählte Elemente mosaikieren</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="370"/>
        <source>; {n} item(s) outside the map extent left out</source>
        <translation>; {n} Element(e) außerhalb der Kartenausdehnung ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="371"/>
        <source>Added {name}{note}.</source>
        <translation>{name}{note} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="63"/>
        <source>Mosaic… %p%</source>
        <translation>Mosaik… %p%</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="60"/>
        <source>Composites… %p%</source>
        <translation>Komposite… %p%</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="56"/>
        <source>Zoom to Item</source>
        <translation>Auf Element zoomen</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="56"/>
        <source>Zoom to Items</source>
        <translation>Auf Elemente zoomen</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="60"/>
        <source>Show Footprints Layer</source>
        <translation>Footprint-Layer anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="64"/>
        <source>Remove Footprints Layer</source>
        <translation>Footprint-Layer entfernen</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Date-time</source>
        <translation>Datum/Zeit</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Cloud %</source>
        <translation>Wolken %</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <location filename="../ui/results_view.py" line="28"/>
        <source>Click to sort; drag an edge to resize, a header to move its column</source>
        <translation>Klicken zum Sortieren; eine Kante ziehen zum Ändern der Breite, einen Spaltenkopf zum Verschieben seiner Spalte</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="40"/>
        <source>Save Assets</source>
        <translation>Assets speichern</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="48"/>
        <source>Whole assets</source>
        <translation>Ganze Assets</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="49"/>
        <source>Clipped to the map extent (named &lt;item&gt;_&lt;asset&gt;_clipped.tif)</source>
        <translation>Auf die Kartenausdehnung zugeschnitten (benannt &lt;item&gt;_&lt;asset&gt;_clipped.tif)</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="52"/>
        <source>Add to the map when done</source>
        <translation>Nach dem Speichern zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="61"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="64"/>
        <source>Save {n} asset(s) as GeoTIFF files (named &lt;item&gt;_&lt;asset&gt;.tif).</source>
        <translation>{n} Asset(s) als GeoTIFF-Dateien speichern (benannt &lt;item&gt;_&lt;asset&gt;.tif).</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="101"/>
        <source>This folder does not exist yet; you will be asked to create it.</source>
        <translation>Dieser Ordner existiert noch nicht; Sie werden gefragt, ob er angelegt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="116"/>
        <source>Create Folder</source>
        <translation>Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="116"/>
        <source>The folder {folder} does not exist. Create it?</source>
        <translation>Der Ordner {folder} existiert nicht. Anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="51"/>
        <source>The search area cannot be converted from {crs} to EPSG:4326</source>
        <translation>Das Suchgebiet kann nicht von {crs} nach EPSG:4326 umgerechnet werden</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="97"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="101"/>
        <source>0 searches items containing the point; more searches a circle this many metres around it</source>
        <translation>0 sucht Elemente, die den Punkt enthalten; mehr sucht einen Kreis mit so vielen Metern um ihn</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="116"/>
        <source>Drawn polygon</source>
        <translation>Gezeichnetes Polygon</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="120"/>
        <source>Draw on map</source>
        <translation>Auf der Karte zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="122"/>
        <source>Click the corners on the map; right-click or double-click to finish</source>
        <translation>Klicken Sie die Ecken auf der Karte; Rechtsklick oder Doppelklick zum Beenden</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="123"/>
        <source>no polygon yet</source>
        <translation>noch kein Polygon</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="124"/>
        <source>Selected features</source>
        <translation>Ausgewählte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="129"/>
        <source>The selected features of this layer are the search area</source>
        <translation>Die ausgewählten Objekte dieses Layers sind das Suchgebiet</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="159"/>
        <source>no valid map extent</source>
        <translation>keine gültige Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="161"/>
        <source>West, south, east, north in EPSG:4326 degrees: the search bbox</source>
        <translation>West, Süd, Ost, Nord in EPSG:4326-Grad: die BBox der Suche</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="199"/>
        <source>{n} vertices</source>
        <translation>{n} Stützpunkte</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="208"/>
        <source>Choose a vector layer whose selected features are the search area.</source>
        <translation>Wählen Sie einen Vektorlayer, dessen ausgewählte Objekte das Suchgebiet sind.</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="211"/>
        <source>Select one or more features of the layer {name!r} first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Objekte des Layers {name!r} aus.</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="271"/>
        <source>Draw a polygon on the map first (or search the map extent).</source>
        <translation>Zeichnen Sie zuerst ein Polygon auf der Karte (oder suchen Sie in der Kartenausdehnung).</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="276"/>
        <source>Pick a point on the map first (or search the map extent).</source>
        <translation>Wählen Sie zuerst einen Punkt auf der Karte (oder suchen Sie in der Kartenausdehnung).</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="226"/>
        <source>map extent</source>
        <translation>Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="288"/>
        <source>drawn polygon</source>
        <translation>gezeichnetes Polygon</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="292"/>
        <source>{n} selected feature(s)</source>
        <translation>{n} ausgewählte(s) Objekt(e)</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="294"/>
        <source>point + {metres} m</source>
        <translation>Punkt + {metres} m</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="294"/>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Clearest first</source>
        <translation>Klarste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Cloudiest first</source>
        <translation>Bewölkteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>API order</source>
        <translation>Reihenfolge der API</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>Copy the search as Python</source>
        <translation>Die Suche als Python kopieren</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and open the checked assets (rioxarray)</source>
        <translation>… und die angehakten Assets öffnen (rioxarray)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and save the checked assets (rioxarray)</source>
        <translation>… und die angehakten Assets speichern (rioxarray)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and save them clipped to the map extent</source>
        <translation>… und sie auf die Kartenausdehnung zugeschnitten speichern</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and load them as a mosaic (odc-stac, Dask)</source>
        <translation>… und sie als Mosaik laden (odc-stac, Dask)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="87"/>
        <source>Sent to the API as sortby, so the first page holds the newest or clearest scenes of the whole match; APIs that cannot sort get the items fetched sorted in QGIS</source>
        <translation>Als sortby an die API gesendet, damit die erste Seite die neuesten oder klarsten Szenen der ganzen Treffermenge enthält; bei APIs, die nicht sortieren können, werden die abgerufenen Elemente in QGIS sortiert</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="94"/>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="107"/>
        <source>Copy as Python</source>
        <translation>Als Python kopieren</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="108"/>
        <source>Copy a script that repeats this search (and the checked assets) with pystac-client and rioxarray</source>
        <translation>Ein Skript kopieren, das diese Suche (und die angehakten Assets) mit pystac-client und rioxarray wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="162"/>
        <source>This API cannot sort: the {n} items loaded of the match are sorted in QGIS.</source>
        <translation>Diese API kann nicht sortieren: Die {n} geladenen Elemente der Treffermenge werden in QGIS sortiert.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="164"/>
        <source>This API cannot sort: the {n} items loaded are sorted in QGIS.</source>
        <translation>Diese API kann nicht sortieren: Die {n} geladenen Elemente werden in QGIS sortiert.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="195"/>
        <source>Connect and search first: the script repeats the current search.</source>
        <translation>Verbinden und suchen Sie zuerst: Das Skript wiederholt die aktuelle Suche.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="203"/>
        <source>Select items and check the assets the script should use.</source>
        <translation>Wählen Sie Elemente aus und haken Sie die Assets an, die das Skript verwenden soll.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="228"/>
        <source>Python script copied to the clipboard.</source>
        <translation>Python-Skript in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="30"/>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="32"/>
        <source>from {date}</source>
        <translation>ab {date}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="34"/>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="49"/>
        <source>cloud &lt; {value} %</source>
        <translation>Wolken &lt; {value} %</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="56"/>
        <source>{n} collections</source>
        <translation>{n} Kollektionen</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="68"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="86"/>
        <source>Drag to share the height between the panels</source>
        <translation>Ziehen, um die Höhe zwischen den Bereichen aufzuteilen</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The start date is in the future: there is no imagery yet.</source>
        <translation>Das Startdatum liegt in der Zukunft: Es gibt noch keine Bilder.</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="228"/>
        <source>no point picked</source>
        <translation>kein Punkt gewählt</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="231"/>
        <source>point {lon}, {lat}</source>
        <translation>Punkt {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="246"/>
        <source>{summary}
Click to change the search</source>
        <translation>{summary}
Klicken, um die Suche zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="248"/>
        <source>{summary}
Click to hide the search options</source>
        <translation>{summary}
Klicken, um die Suchoptionen auszublenden</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="291"/>
        <source>larger than {n} MB</source>
        <translation>größer als {n} MB</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="316"/>
        <source>not a PNG or JPEG image</source>
        <translation>kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="376"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="377"/>
        <source>Show a thumbnail of each result (fetched for the rows in view)</source>
        <translation>Ein Vorschaubild für jedes Ergebnis anzeigen (für die sichtbaren Zeilen abgerufen)</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="504"/>
        <source>Thumbnails are switched off.</source>
        <translation>Vorschaubilder sind ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="506"/>
        <source>No preview for this item.</source>
        <translation>Keine Vorschau für dieses Element.</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="511"/>
        <source>Preview not available ({error}).</source>
        <translation>Vorschau nicht verfügbar ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="512"/>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../plugin/layer_tasks.py" line="68"/>
        <source>Save STAC mosaic ({bands}) to {name}</source>
        <translation>STAC-Mosaik ({bands}) in {name} speichern</translation>
    </message>
    <message>
        <location filename="../plugin/layer_tasks.py" line="115"/>
        <source>The saved mosaic {path} cannot be opened</source>
        <translation>Das gespeicherte Mosaik {path} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="51"/>
        <source>GDAL cannot open it as a raster</source>
        <translation>GDAL kann es nicht als Raster öffnen</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="53"/>
        <source>{href} is not a valid raster layer: {why}</source>
        <translation>{href} ist kein gültiger Rasterlayer: {why}</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="201"/>
        <source>Read from a local file: {path}</source>
        <translation>Aus einer lokalen Datei gelesen: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="245"/>
        <source>GDAL cannot open the VRT</source>
        <translation>GDAL kann das VRT nicht öffnen</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="246"/>
        <source>{name} could not be opened: {why}</source>
        <translation>{name} konnte nicht geöffnet werden: {why}</translation>
    </message>
    <message>
        <location filename="../plugin/picture_tasks.py" line="88"/>
        <source>Build STAC mosaic ({bands})</source>
        <translation>STAC-Mosaik erstellen ({bands})</translation>
    </message>
    <message>
        <location filename="../plugin/picture_tasks.py" line="88"/>
        <source>Build STAC composite ({bands})</source>
        <translation>STAC-Komposit erstellen ({bands})</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="259"/>
        <source>Open STAC API {name}</source>
        <translation>STAC-API {name} öffnen</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="292"/>
        <source>STAC search</source>
        <translation>STAC-Suche</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="336"/>
        <source>STAC search: next page</source>
        <translation>STAC-Suche: nächste Seite</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="361"/>
        <source>Save {n} STAC asset(s)</source>
        <translation>{n} STAC-Asset(s) speichern</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="397"/>
        <source>Open {n} STAC raster(s)</source>
        <translation>{n} STAC-Raster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="181"/>
        <source>STAC</source>
        <translation>STAC</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="19"/>
        <source>a Copernicus Data Space S3 key pair</source>
        <translation>ein S3-Schlüsselpaar für Copernicus Data Space</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="36"/>
        <source>CDSE S3 access key</source>
        <translation>CDSE-S3-Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="36"/>
        <source>CDSE S3 secret key</source>
        <translation>geheimer CDSE-S3-Schlüssel</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="48"/>
        <source>a NASA Earthdata login</source>
        <translation>eine NASA-Earthdata-Anmeldung</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="111"/>
        <source>Earthdata username</source>
        <translation>Earthdata-Benutzername</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="111"/>
        <source>Earthdata password</source>
        <translation>Earthdata-Passwort</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="69"/>
        <source>a Planetary Computer SAS token</source>
        <translation>ein Planetary-Computer-SAS-Token</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="71"/>
        <source>Planetary Computer subscription key</source>
        <translation>Planetary-Computer-Abonnementschlüssel</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="43"/>
        <source>AWS access key ID</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="43"/>
        <source>AWS secret access key</source>
        <translation>geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} has more than two parts (start/end).</source>
        <translation>{text!r} hat mehr als zwei Teile (Beginn/Ende).</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date.</source>
        <translation>{part!r} ist kein Datum.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} gives no date.</source>
        <translation>{text!r} enthält kein Datum.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} has two open ends.</source>
        <translation>{text!r} ist an beiden Enden offen.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Two assets would be saved as {target}: {first} and {second} (the same item id in two collections?)</source>
        <translation>Zwei Assets würden als {target} gespeichert: {first} und {second} (dieselbe Element-ID in zwei Sammlungen?)</translation>
    </message>
    <message>
        <location filename="../plugin/settings.py" line="207"/>
        <source>Setting {name} ignored: {value!r}</source>
        <translation>Einstellung {name} ignoriert: {value!r}</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="186"/>
        <source>The assets are read without a login.</source>
        <translation>Die Assets werden ohne Anmeldung gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="54"/>
        <source>Cumulative count cut (2-98 %)</source>
        <translation>Kumulativer Zählschnitt (2-98 %)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="55"/>
        <source>Minimum / maximum</source>
        <translation>Min / Max</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="57"/>
        <source>None: QGIS&apos;s own default for new rasters</source>
        <translation>Keine: die QGIS-eigene Vorgabe für neue Raster</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="81"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="81"/>
        <source>How long one request (search, collections, raster read) may take before it fails</source>
        <translation>Wie lange eine Anfrage (Suche, Sammlungen, Rasterlesen) dauern darf, bevor sie fehlschlägt</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="83"/>
        <source> items</source>
        <translation> Elemente</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="83"/>
        <source>Items each search request asks the API for (its page size); the dock&apos;s Max items still caps the total, and some APIs send fewer</source>
        <translation>Elemente, die jede Suchanfrage von der API anfordert (Seitengröße); „Max. Elemente“ im Bedienfeld begrenzt weiterhin die Gesamtzahl, und manche APIs senden weniger</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="86"/>
        <source> rasters</source>
        <translation> Raster</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="86"/>
        <source>Rasters opened at the same time when layers, composites or mosaics are added (and static-catalog documents read at once)</source>
        <translation>Gleichzeitig geöffnete Raster beim Hinzufügen von Layern, Kompositen oder Mosaiken (und gleichzeitig gelesene Dokumente statischer Kataloge)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="89"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="89"/>
        <source>Memory the thumbnails and previews of results may take; beyond it the least recently shown are dropped (QGIS&apos;s network cache may still hold their download)</source>
        <translation>Speicher, den Vorschaubilder und Vorschauen der Ergebnisse belegen dürfen; darüber hinaus werden die am längsten nicht gezeigten verworfen (der Netzwerk-Cache von QGIS kann ihren Download noch enthalten)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="93"/>
        <source>Show one beside each result</source>
        <translation>Neben jedem Ergebnis eines anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="95"/>
        <source>Fetched only for the rows in view; also switched in the dock</source>
        <translation>Nur für die sichtbaren Zeilen abgerufen; auch im Bedienfeld umschaltbar</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="99"/>
        <source>Contrast stretch of new layers, estimated on an overview (no full-resolution read)</source>
        <translation>Kontrastverbesserung neuer Layer, geschätzt auf einer Übersicht (ohne Lesen in voller Auflösung)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="103"/>
        <source>Restore Defaults</source>
        <translation>Vorgaben wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>STAC requests</source>
        <translation>STAC-Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Items per request</source>
        <translation>Elemente pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Opened in parallel</source>
        <translation>Parallel geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Stretch of new layers</source>
        <translation>Kontrast neuer Layer</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Result thumbnails</source>
        <translation>Vorschaubilder der Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Memory cache</source>
        <translation>Speicher-Cache</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="128"/>
        <source>Defaults of STAC Imagery Search: the dock, the Processing algorithms and new layers use them from the next request on.</source>
        <translation>Vorgaben von STAC Imagery Search: Bedienfeld, Verarbeitungsalgorithmen und neue Layer verwenden sie ab der nächsten Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="152"/>
        <source>https://example.com/stac/v1, or a catalog.json on disk</source>
        <translation>https://example.com/stac/v1 oder eine catalog.json auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="153"/>
        <source>A STAC API&apos;s landing page, or a static catalog: the http(s) URL or the file of its catalog.json or collection.json</source>
        <translation>Die Startseite einer STAC-API oder ein statischer Katalog: die http(s)-URL oder die Datei seiner catalog.json oder collection.json</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="158"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="159"/>
        <source>Choose a static catalog&apos;s catalog.json or collection.json on disk</source>
        <translation>Die catalog.json oder collection.json eines statischen Katalogs auf der Festplatte wählen</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="196"/>
        <source>Enter the URL of the STAC API landing page, or choose a catalog.json file.</source>
        <translation>Geben Sie die URL der Startseite der STAC-API ein oder wählen Sie eine catalog.json-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="199"/>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="202"/>
        <source>The URL must start with http:// or https://, or name a catalog.json file.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen oder eine catalog.json-Datei angeben.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="209"/>
        <source>Open Static STAC Catalog</source>
        <translation>Statischen STAC-Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="209"/>
        <source>STAC catalog (*.json);;All files (*)</source>
        <translation>STAC-Katalog (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="551"/>
        <source>{count} items found so far</source>
        <translation>{count} Elemente bisher gefunden</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="60"/>
        <source>Cancel the composites</source>
        <translation>Komposite abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="63"/>
        <source>Cancel the mosaic</source>
        <translation>Mosaik abbrechen</translation>
    </message>
    <message>
        <location filename="../plugin/auth/api.py" line="58"/>
        <source>Authentication configuration {id} cannot be used: the QGIS auth system is disabled.</source>
        <translation>Die Authentifizierungskonfiguration {id} kann nicht verwendet werden: Das Authentifizierungssystem von QGIS ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/api.py" line="69"/>
        <source>Authentication configuration {id} cannot be read: it does not exist or the master password was not entered.</source>
        <translation>Die Authentifizierungskonfiguration {id} kann nicht gelesen werden: Sie existiert nicht oder das Master-Passwort wurde nicht eingegeben.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/basic.py" line="27"/>
        <source>Authentication configuration {id} must be of type Basic with a username and password.</source>
        <translation>Die Authentifizierungskonfiguration {id} muss vom Typ Basic sein, mit Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="41"/>
        <source>with signed requests to CDSE&apos;s endpoint, eodata.dataspace.copernicus.eu</source>
        <translation>mit signierten Anfragen an den CDSE-Endpunkt eodata.dataspace.copernicus.eu</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="115"/>
        <source>to the Earthdata login host, urs.earthdata.nasa.gov</source>
        <translation>an den Earthdata-Anmeldehost urs.earthdata.nasa.gov</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="191"/>
        <source>{href} needs {login}: set an Earthdata auth configuration.</source>
        <translation>{href} braucht {login}: Legen Sie eine Earthdata-Authentifizierungskonfiguration fest.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="215"/>
        <source>NASA Earthdata refused the login: check the username and password of authentication configuration {id}.</source>
        <translation>NASA Earthdata hat die Anmeldung abgelehnt: Prüfen Sie Benutzername und Passwort der Authentifizierungskonfiguration {id}.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="223"/>
        <source>NASA Earthdata login for {host} failed: HTTP {status}</source>
        <translation>NASA-Earthdata-Anmeldung für {host} fehlgeschlagen: HTTP {status}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="231"/>
        <source>NASA Earthdata login for {host} failed: too many redirects</source>
        <translation>NASA-Earthdata-Anmeldung für {host} fehlgeschlagen: zu viele Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="250"/>
        <source>NASA Earthdata login: cannot reach {host}</source>
        <translation>NASA-Earthdata-Anmeldung: {host} ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="72"/>
        <source>to the Planetary Computer token endpoint, never to the storage hosts</source>
        <translation>an den Token-Endpunkt von Planetary Computer, nie an die Speicher-Hosts</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="137"/>
        <source>No Planetary Computer token for {account}/{container}</source>
        <translation>Kein Planetary-Computer-Token für {account}/{container}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="144"/>
        <source>The Planetary Computer token endpoint did not answer JSON for {account}/{container}</source>
        <translation>Der Token-Endpunkt von Planetary Computer hat für {account}/{container} nicht mit JSON geantwortet</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="152"/>
        <source>The Planetary Computer sent no token for {account}/{container}</source>
        <translation>Planetary Computer hat kein Token für {account}/{container} gesendet</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="21"/>
        <source>AWS credentials for a requester-pays bucket</source>
        <translation>AWS-Zugangsdaten für einen Requester-Pays-Bucket</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="47"/>
        <source>with signed requests to those buckets (you pay for the transfer)</source>
        <translation>mit signierten Anfragen an diese Buckets (Sie zahlen die Übertragung)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: the month must be 1 to 12.</source>
        <translation>{part!r} ist kein Datum: Der Monat muss zwischen 1 und 12 liegen.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: that month has no day {day}.</source>
        <translation>{part!r} ist kein Datum: Dieser Monat hat keinen Tag {day}.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: the time of day is out of range.</source>
        <translation>{part!r} ist kein Datum: Die Uhrzeit liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="34"/>
        <source>The map extent cannot be converted from {crs} to {wgs84}</source>
        <translation>Die Kartenausdehnung kann nicht von {crs} nach {wgs84} umgerechnet werden</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="72"/>
        <source>The point cannot be converted from {crs} to {wgs84}</source>
        <translation>Der Punkt kann nicht von {crs} nach {wgs84} umgerechnet werden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="436"/>
        <source>Asset {key!r} of item {id!r} needs {login}, and none is set: in the STAC dock, edit a connection and choose its &apos;Asset access&apos; and &apos;Asset credentials&apos;.</source>
        <translation>Asset {key!r} von Element {id!r} braucht {login}, und keine Anmeldung ist gesetzt: Bearbeiten Sie im STAC-Bedienfeld eine Verbindung und wählen Sie „Asset-Zugang“ und „Asset-Zugangsdaten“.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="134"/>
        <source>{n} asset(s) need {login}. Edit the connection and choose it under &quot;Asset access&quot;, with its login under &quot;Asset credentials&quot;.</source>
        <translation>{n} Asset(s) brauchen {login}. Bearbeiten Sie die Verbindung: Wählen Sie den Zugang unter „Asset-Zugang“ und seine Anmeldung unter „Asset-Zugangsdaten“.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="46"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="46"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="53"/>
        <source>{field} = your {label}</source>
        <translation>{field} = {label}</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="57"/>
        <source>{field} is not used</source>
        <translation>{field} wird nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="63"/>
        <source>Assets on {hosts} need {login}.</source>
        <translation>Assets auf {hosts} brauchen {login}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="65"/>
        <source>Create a Basic authentication configuration: {fields}.</source>
        <translation>Erstellen Sie eine Basic-Authentifizierungskonfiguration: {fields}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="67"/>
        <source>Leave Asset credentials empty for anonymous access, or create a Basic authentication configuration: {fields}.</source>
        <translation>Lassen Sie „Asset-Zugangsdaten“ für anonymen Zugriff leer oder erstellen Sie eine Basic-Authentifizierungskonfiguration: {fields}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="71"/>
        <source>Sent only {sent_to}.</source>
        <translation>Wird nur {sent_to} gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="98"/>
        <source>e.g. X-API-Key or Authorization: Bearer</source>
        <translation>z. B. X-API-Key oder Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="99"/>
        <source>The header the password of the Basic configuration above is sent in, e.g. X-API-Key or Authorization: Bearer. Empty: the configuration&apos;s own method (e.g. HTTP Basic).</source>
        <translation>Der Header, in dem das Passwort der obigen Basic-Konfiguration gesendet wird, z. B. X-API-Key oder Authorization: Bearer. Leer: die eigene Methode der Konfiguration (z. B. HTTP Basic).</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="109"/>
        <source>Authentication is sent only to the STAC API. For an API key or a bearer token, create a Basic authentication configuration with the key as its password, and name its header above (e.g. X-API-Key, or Authorization: Bearer).</source>
        <translation>Die Authentifizierung wird nur an die STAC-API gesendet. Für einen API-Schlüssel oder ein Bearer-Token erstellen Sie eine Basic-Authentifizierungskonfiguration mit dem Schlüssel als Passwort und nennen oben seinen Header (z. B. X-API-Key oder Authorization: Bearer).</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="128"/>
        <source>Header for the API key</source>
        <translation>Header für den API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="130"/>
        <source>Asset access</source>
        <translation>Asset-Zugang</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="131"/>
        <source>Asset credentials</source>
        <translation>Asset-Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="170"/>
        <source>Public: no login needed</source>
        <translation>Öffentlich: keine Anmeldung nötig</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="134"/>
        <source>No STAC plugin object holds a thread pool: one was made for this session</source>
        <translation>Kein STAC-Erweiterungsobjekt hält einen Thread-Pool: für diese Sitzung wurde einer angelegt</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="56"/>
        <source>Mean ± {factor} standard deviations</source>
        <translation>Mittelwert ± {factor} Standardabweichungen</translation>
    </message>
</context>
<context>
    <name>StacDockBase</name>
    <message>
        <location filename="../ui/dock.ui" line="9"/>
        <source>STAC Search</source>
        <translation>STAC-Suche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="24"/>
        <source>STAC API to search</source>
        <translation>Zu durchsuchende STAC-API</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="29"/>
        <source>New connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="30"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="35"/>
        <source>Edit connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="36"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="41"/>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="42"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="47"/>
        <source>Read the API&apos;s landing page and list its collections</source>
        <translation>Die Startseite der API lesen und ihre Kollektionen auflisten</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="48"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="68"/>
        <source>Show or hide the search options</source>
        <translation>Suchoptionen ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="85"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="104"/>
        <source>Collections</source>
        <translation>Kollektionen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="108"/>
        <source>Filter collections…</source>
        <translation>Kollektionen filtern…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="124"/>
        <source>Search area</source>
        <translation>Suchgebiet</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="128"/>
        <source>Map extent</source>
        <translation>Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="140"/>
        <source>Clicked point</source>
        <translation>Angeklickter Punkt</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="145"/>
        <source>Click a point on the map</source>
        <translation>Klicken Sie auf einen Punkt der Karte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="146"/>
        <source>Pick on map</source>
        <translation>Auf der Karte wählen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="153"/>
        <source>no point yet</source>
        <translation>noch kein Punkt</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="159"/>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="165"/>
        <source>0 searches items containing the point; more searches a box this many degrees around it</source>
        <translation>0 sucht Elemente, die den Punkt enthalten; mehr sucht ein Rechteck mit so vielen Grad um ihn</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="166"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="183"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="187"/>
        <source>Unchecked: no start date</source>
        <translation>Nicht angehakt: kein Startdatum</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="188"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="206"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="199"/>
        <source>Unchecked: no end date</source>
        <translation>Nicht angehakt: kein Enddatum</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="200"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="211"/>
        <source>Max cloud</source>
        <translation>Max. Wolken</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="216"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="223"/>
        <source>Max items</source>
        <translation>Max. Elemente</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="228"/>
        <source>Stop after this many items; “Load more” fetches the next page</source>
        <translation>Nach so vielen Elementen aufhören; „Mehr laden“ ruft die nächste Seite ab</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="236"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="248"/>
        <source>How long one request (search, collections, raster read) may take before it fails</source>
        <translation>Wie lange eine Anfrage (Suche, Kollektionen, Rasterlesen) dauern darf, bevor sie fehlschlägt</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="249"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="284"/>
        <source>Show only the rows whose text contains this</source>
        <translation>Nur die Zeilen anzeigen, deren Text dies enthält</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="285"/>
        <source>Filter results…</source>
        <translation>Ergebnisse filtern…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="311"/>
        <source>Fetch the next page of results</source>
        <translation>Die nächste Ergebnisseite abrufen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="312"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="324"/>
        <source>Save the results as a GeoJSON ItemCollection</source>
        <translation>Die Ergebnisse als GeoJSON-ItemCollection speichern</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="325"/>
        <source>Save results…</source>
        <translation>Ergebnisse speichern…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="342"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="351"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="357"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="366"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="378"/>
        <source>Add the checked assets of the selected items as layers</source>
        <translation>Die angehakten Assets der ausgewählten Elemente als Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="379"/>
        <source>Add to map</source>
        <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="385"/>
        <source>Save the checked assets of the selected items as GeoTIFFs</source>
        <translation>Die angehakten Assets der ausgewählten Elemente als GeoTIFFs speichern</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="386"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="398"/>
        <source>Cancel saving</source>
        <translation>Speichern abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="399"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
