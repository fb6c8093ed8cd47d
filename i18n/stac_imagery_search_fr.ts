<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>StacPlugin</name>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Least cloudy on top</source>
        <translation>Le moins nuageux au-dessus</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Newest on top</source>
        <translation>Le plus récent au-dessus</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Oldest on top</source>
        <translation>Le plus ancien au-dessus</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="569"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>area, dates, collections and cloud cover are filtered by the plugin</source>
        <translation>l'emprise, les dates, les collections et la couverture nuageuse sont filtrées par l'extension</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A static catalog cannot apply a CQL2 filter: it has no search; remove the filter (area, dates and cloud cover are filtered by the plugin)</source>
        <translation>Un catalogue statique ne peut pas appliquer de filtre CQL2 : il n'a pas de recherche ; retirez le filtre (l'emprise, les dates et la couverture nuageuse sont filtrées par l'extension)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The buffer must be more than 0 m</source>
        <translation>La zone tampon doit être supérieure à 0 m</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The search area is not a valid geometry</source>
        <translation>La zone de recherche n'est pas une géométrie valide</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The search area is empty: draw a polygon or select features first.</source>
        <translation>La zone de recherche est vide : dessinez d'abord un polygone ou sélectionnez des entités.</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="45"/>
        <source>The map extent is empty</source>
        <translation>L'emprise de la carte est vide</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="47"/>
        <source>The map extent has no valid coordinate reference system</source>
        <translation>L'emprise de la carte n'a pas de système de coordonnées de référence valide</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No band given: give an asset key, three keys (R,G,B), truecolor or falsecolor</source>
        <translation>Aucune bande indiquée : indiquez une clé d'asset, trois clés (R,G,B), truecolor ou falsecolor</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No transformation from the extent&apos;s CRS to longitude/latitude</source>
        <translation>Aucune transformation du SCR de l'emprise vers longitude/latitude</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Cannot reproject the extent</source>
        <translation>Impossible de reprojeter l'emprise</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Cannot reproject an extent</source>
        <translation>Impossible de reprojeter une emprise</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No item to mosaic</source>
        <translation>Aucun élément à mosaïquer</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No source to take a CRS from</source>
        <translation>Aucune source dont prendre un SCR</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No transformation between the two CRS</source>
        <translation>Aucune transformation entre les deux SCR</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No raster to build a grid from</source>
        <translation>Aucun raster à partir duquel construire une grille</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The area to cover is empty</source>
        <translation>La zone à couvrir est vide</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No band to combine</source>
        <translation>Aucune bande à combiner</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Every item of a mosaic needs the same number of bands</source>
        <translation>Tous les éléments d'une mosaïque doivent avoir le même nombre de bandes</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No folder given: choose the folder to save the files in</source>
        <translation>Aucun dossier indiqué : choisissez le dossier où enregistrer les fichiers</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A search result is not a STAC item</source>
        <translation>Un résultat de recherche n'est pas un élément STAC</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A search result is a STAC item without an id</source>
        <translation>Un résultat de recherche est un élément STAC sans identifiant</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>no href</source>
        <translation>pas de href</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>not a raster format GDAL reads (no media type, no known file name)</source>
        <translation>pas un format raster lu par GDAL (pas de type de média, pas de nom de fichier connu)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>not a COG, slower: a GeoTIFF not declared cloud-optimized may need far more reads</source>
        <translation>pas un COG, plus lent : un GeoTIFF non déclaré optimisé pour le cloud peut demander bien plus de lectures</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>JPEG 2000, slower: decoding costs more than a COG</source>
        <translation>JPEG 2000, plus lent : le décodage coûte plus qu'un COG</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>preview picture: probably not georeferenced</source>
        <translation>image d'aperçu : probablement pas géoréférencée</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>picture: probably not georeferenced</source>
        <translation>image : probablement pas géoréférencée</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="119"/>
        <source>the pystac-client that comes with the plugin needs Python {min} or later and this QGIS runs Python {python}: use a newer QGIS</source>
        <translation>le pystac-client fourni avec l'extension nécessite Python {min} ou plus récent et ce QGIS utilise Python {python} : utilisez un QGIS plus récent</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="126"/>
        <source>pystac-client comes with the plugin&apos;s release zip: install the plugin from Plugins &gt; Manage and Install Plugins (or Install from ZIP with the release zip)</source>
        <translation>pystac-client est fourni dans le zip de l'extension : installez l'extension depuis Extensions &gt; Installer/Gérer les extensions (ou Installer depuis un ZIP avec le zip publié)</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="134"/>
        <source>{listed}: run `sudo apt install {apt}` in a terminal</source>
        <translation>{listed} : exécutez `sudo apt install {apt}` dans un terminal</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="139"/>
        <source>{listed}: in the OSGeo4W Shell that comes with QGIS run `setup -q -A -k -s https://download.osgeo.org/osgeo4w/v2 {o4w}`</source>
        <translation>{listed} : dans l'OSGeo4W Shell fourni avec QGIS, exécutez `setup -q -A -k -s https://download.osgeo.org/osgeo4w/v2 {o4w}`</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="146"/>
        <source> then `python -m pip install rioxarray`</source>
        <translation> puis `python -m pip install rioxarray`</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="149"/>
        <source>{listed}: run `&quot;{python}&quot; -m pip install {packages}` in Terminal</source>
        <translation>{listed} : exécutez `&quot;{python}&quot; -m pip install {packages}` dans le Terminal</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="154"/>
        <source>{listed}: install your distribution&apos;s packages ({pkgs} on most)</source>
        <translation>{listed} : installez les paquets de votre distribution ({pkgs} sur la plupart)</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="157"/>
        <source>To use all of the STAC plugin: {steps}. Then restart QGIS.</source>
        <translation>Pour utiliser toute l'extension STAC : {steps}. Puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="165"/>
        <source>Saving needs {missing}. {hint}</source>
        <translation>L'enregistrement nécessite {missing}. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="191"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="23"/>
        <source>STAC Search</source>
        <translation>Recherche STAC</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>STAC Processing algorithms unavailable. {hint}</source>
        <translation>Algorithmes de traitement STAC indisponibles. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="79"/>
        <source>Search STAC APIs for imagery and load it</source>
        <translation>Rechercher des images dans des API STAC et les charger</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="142"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="144"/>
        <source>How to use the STAC plugin (the README&apos;s usage section)</source>
        <translation>Comment utiliser l'extension STAC (la section d'utilisation du README)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="149"/>
        <source>STAC plugin: missing Python package(s) {names}; see the log to install them.</source>
        <translation>Extension STAC : paquet(s) Python manquant(s) {names} ; consultez le journal pour les installer.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="162"/>
        <source>STAC Processing algorithms unavailable: {error}</source>
        <translation>Algorithmes de traitement STAC indisponibles : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="167"/>
        <source>Could not register the STAC Processing provider</source>
        <translation>Impossible d'enregistrer le fournisseur de traitements STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="96"/>
        <source> Save a connection with this URL in the STAC dock and give it the authentication configuration the API needs.</source>
        <translation> Enregistrez une connexion avec cette URL dans le panneau STAC et donnez-lui la configuration d'authentification dont l'API a besoin.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="100"/>
        <source> Check the authentication configuration of the saved connection {name!r}.</source>
        <translation> Vérifiez la configuration d'authentification de la connexion enregistrée {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="124"/>
        <source>{where} stopped on an unexpected error; the details are in the STAC tab of the log panel.</source>
        <translation>{where} s'est arrêté sur une erreur inattendue ; les détails sont dans l'onglet STAC du panneau Journal.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="124"/>
        <source>The algorithm</source>
        <translation>L'algorithme</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="160"/>
        <source>{name} is empty: give an http(s) address.</source>
        <translation>{name} est vide : indiquez une adresse http(s).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="166"/>
        <source>{name} {url!r} is not a valid URL: {why}.</source>
        <translation>{name} {url!r} n'est pas une URL valide : {why}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="172"/>
        <source>{name} must be an http(s) address, not {url!r}.</source>
        <translation>{name} doit être une adresse http(s), pas {url!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="192"/>
        <source>{name}: the coordinate reference system {crs!r} is unknown; give e.g. EPSG:4326.</source>
        <translation>{name} : le système de coordonnées de référence {crs!r} est inconnu ; indiquez par exemple EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="214"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="214"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="215"/>
        <source>{kind} from {low} to {high}</source>
        <translation>{kind} de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="225"/>
        <source>{name} must be {span}, not {raw!r}.</source>
        <translation>{name} doit être {span}, pas {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="247"/>
        <source>{name} must be true or false, not {raw!r}.</source>
        <translation>{name} doit être vrai ou faux, pas {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="261"/>
        <source>{name} must be text, not {raw!r}.</source>
        <translation>{name} doit être du texte, pas {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="275"/>
        <source>{name}: {value!r} is not an id (ids hold no &apos;/&apos;, &apos;\&apos; or control characters).</source>
        <translation>{name} : {value!r} n'est pas un identifiant (les identifiants ne contiennent ni '/', ni '\', ni caractères de contrôle).</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Use for example 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z or 2020-01-01/..</source>
        <translation>Utilisez par exemple 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z ou 2020-01-01/..</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="333"/>
        <source>{name}: {path} is a folder; give a file name.</source>
        <translation>{name} : {path} est un dossier ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="339"/>
        <source>{name}: cannot write {path}: the folder {folder} is a file, not a folder.</source>
        <translation>{name} : impossible d'écrire {path} : le dossier {folder} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="341"/>
        <source>{name}: cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{name} : impossible d'écrire {path} : le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="347"/>
        <source>{name}: cannot write {path}: {why}.</source>
        <translation>{name} : impossible d'écrire {path} : {why}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="360"/>
        <source>ITEMS: the file {source} does not exist.</source>
        <translation>ITEMS : le fichier {source} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="362"/>
        <source>ITEMS: {source} is a folder; give an ItemCollection or Item GeoJSON file.</source>
        <translation>ITEMS : {source} est un dossier ; indiquez un fichier GeoJSON ItemCollection ou Item.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="375"/>
        <source>ITEMS is empty: give an ItemCollection or Item GeoJSON file, or an item URL.</source>
        <translation>ITEMS est vide : indiquez un fichier GeoJSON ItemCollection ou Item, ou l'URL d'un élément.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="385"/>
        <source>No STAC items in {source}.</source>
        <translation>Aucun élément STAC dans {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="398"/>
        <source>No item with id {id!r}; the items are: {ids}.</source>
        <translation>Aucun élément d'identifiant {id!r} ; les éléments sont : {ids}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="416"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="417"/>
        <source>Item {id!r} has no asset {key!r}; its assets are: {keys}.</source>
        <translation>L'élément {id!r} n'a pas d'asset {key!r} ; ses assets sont : {keys}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="428"/>
        <source>not a raster format GDAL reads</source>
        <translation>pas un format raster lu par GDAL</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="429"/>
        <source>Asset {key!r} of item {id!r} is not a raster: {reason}.</source>
        <translation>L'asset {key!r} de l'élément {id!r} n'est pas un raster : {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="56"/>
        <source>Download STAC assets</source>
        <translation>Télécharger des assets STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="59"/>
        <source>Saves raster assets of STAC items as tiled, compressed GeoTIFF files named &amp;lt;item id&amp;gt;_&amp;lt;asset key&amp;gt;.tif, reading only the blocks needed.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file, or an item URL. &lt;b&gt;Item id&lt;/b&gt;: one item; empty for all items. &lt;b&gt;Assets&lt;/b&gt;: comma-separated asset keys. &lt;b&gt;Extent&lt;/b&gt;: clip to it (any CRS); empty for whole files. &lt;b&gt;Overwrite&lt;/b&gt;: replace existing files; when off an existing file is an error and nothing is downloaded.&lt;br&gt;&lt;br&gt;Output FILES lists the files written.</source>
        <translation>Enregistre des assets raster d'éléments STAC en fichiers GeoTIFF tuilés et compressés nommés &amp;lt;id de l'élément&amp;gt;_&amp;lt;clé de l'asset&amp;gt;.tif, en ne lisant que les blocs nécessaires.&lt;br&gt;&lt;br&gt;&lt;b&gt;Éléments&lt;/b&gt; : un fichier GeoJSON ItemCollection ou Item, ou l'URL d'un élément. &lt;b&gt;Id de l'élément&lt;/b&gt; : un élément ; vide pour tous les éléments. &lt;b&gt;Assets&lt;/b&gt; : clés d'assets séparées par des virgules. &lt;b&gt;Emprise&lt;/b&gt; : découper selon celle-ci (tout SCR) ; vide pour les fichiers entiers. &lt;b&gt;Écraser&lt;/b&gt; : remplacer les fichiers existants ; désactivé, un fichier existant est une erreur et rien n'est téléchargé.&lt;br&gt;&lt;br&gt;La sortie FILES liste les fichiers écrits.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="74"/>
        <source>Item id (empty for all items)</source>
        <translation>Id de l'élément (vide pour tous les éléments)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="77"/>
        <source>Asset keys (comma-separated)</source>
        <translation>Clés des assets (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="78"/>
        <source>Clip to extent</source>
        <translation>Découper selon l'emprise</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="79"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="80"/>
        <source>Overwrite existing files</source>
        <translation>Écraser les fichiers existants</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="83"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="177"/>
        <source>EXTENT is empty: give a rectangle with an area, or no extent.</source>
        <translation>EXTENT est vide : indiquez un rectangle avec une surface, ou aucune emprise.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="109"/>
        <source>ASSETS is empty: give one or more asset keys, separated by commas.</source>
        <translation>ASSETS est vide : indiquez une ou plusieurs clés d'assets, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="115"/>
        <source>FOLDER is empty: give the folder to save the files in.</source>
        <translation>FOLDER est vide : indiquez le dossier où enregistrer les fichiers.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="170"/>
        <source> Skipped.</source>
        <translation> Ignoré.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="196"/>
        <source>{target} already exists; set OVERWRITE to replace it or choose another folder.</source>
        <translation>{target} existe déjà ; activez OVERWRITE pour le remplacer ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="217"/>
        <source>Saving {id} {key} from {url}</source>
        <translation>Enregistrement de {id} {key} depuis {url}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="237"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="34"/>
        <source>Items (ItemCollection or Item GeoJSON file, or an item URL)</source>
        <translation>Éléments (fichier GeoJSON ItemCollection ou Item, ou URL d'un élément)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="34"/>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="54"/>
        <source>Load STAC asset</source>
        <translation>Charger un asset STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="57"/>
        <source>Loads one raster asset of a STAC item as a layer read straight from the asset&apos;s URL (/vsicurl/ for http(s), /vsis3/, /vsiaz/, /vsigs/ for cloud storage); nothing is downloaded beyond what is drawn.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file (e.g. saved by &lt;i&gt;Search a STAC API&lt;/i&gt;) or an item URL. &lt;b&gt;Item id&lt;/b&gt;: which item; empty for the first. &lt;b&gt;Asset&lt;/b&gt;: the asset key, such as B04 or visual; three comma-separated keys (R,G,B), &lt;i&gt;truecolor&lt;/i&gt; or &lt;i&gt;falsecolor&lt;/i&gt; for one three-band layer over the separate band files (bands found by their common names).&lt;br&gt;&lt;br&gt;The output is the layer&apos;s source, added to the project on completion.</source>
        <translation>Charge un asset raster d'un élément STAC comme couche lue directement depuis l'URL de l'asset (/vsicurl/ pour http(s), /vsis3/, /vsiaz/, /vsigs/ pour le stockage cloud) ; rien n'est téléchargé au-delà de ce qui est dessiné.&lt;br&gt;&lt;br&gt;&lt;b&gt;Éléments&lt;/b&gt; : un fichier GeoJSON ItemCollection ou Item (par exemple enregistré par &lt;i&gt;Rechercher dans une API STAC&lt;/i&gt;) ou l'URL d'un élément. &lt;b&gt;Id de l'élément&lt;/b&gt; : quel élément ; vide pour le premier. &lt;b&gt;Asset&lt;/b&gt; : la clé de l'asset, comme B04 ou visual ; trois clés séparées par des virgules (R,G,B), &lt;i&gt;truecolor&lt;/i&gt; ou &lt;i&gt;falsecolor&lt;/i&gt; pour une couche à trois bandes sur les fichiers de bandes séparés (bandes trouvées par leur nom commun).&lt;br&gt;&lt;br&gt;La sortie est la source de la couche, ajoutée au projet à la fin.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="74"/>
        <source>Item id (empty for the first item)</source>
        <translation>Id de l'élément (vide pour le premier élément)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="147"/>
        <source>Asset key, three keys (R,G,B), truecolor or falsecolor</source>
        <translation>Clé d'asset, trois clés (R,G,B), truecolor ou falsecolor</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="84"/>
        <source>Asset layer</source>
        <translation>Couche de l'asset</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="99"/>
        <source>ASSET is empty: give an asset key, three keys (R,G,B), truecolor or falsecolor.</source>
        <translation>ASSET est vide : indiquez une clé d'asset, trois clés (R,G,B), truecolor ou falsecolor.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="404"/>
        <source>Opening {url}</source>
        <translation>Ouverture de {url}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="161"/>
        <source>Combining {keys} of {id} (R, G, B)</source>
        <translation>Combinaison de {keys} de {id} (R, G, B)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="80"/>
        <source>No item with id {ids}; the items are: {listed}.</source>
        <translation>Aucun élément d'identifiant {ids} ; les éléments sont : {listed}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="118"/>
        <source>Mosaic STAC items</source>
        <translation>Mosaïquer des éléments STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="121"/>
        <source>Combines the same band, or the same three-band composite, of several STAC items into one raster. Items in another CRS are reprojected on the fly (nearest neighbour); where items overlap, the one on top shows.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file, or an item URL. &lt;b&gt;Item ids&lt;/b&gt;: comma-separated; empty for all items. &lt;b&gt;Asset&lt;/b&gt;: one asset key, three comma-separated keys (R,G,B), truecolor or falsecolor (bands found by their common names). &lt;b&gt;Extent&lt;/b&gt;: only items touching it are used (the others cost no request), and it bounds the mosaic. &lt;b&gt;Order&lt;/b&gt;: which item is on top. &lt;b&gt;CRS&lt;/b&gt;: empty for the CRS most items share.&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt;: a .vrt reads the remote files lazily (only the blocks a view needs); a .tif is written as a tiled GeoTIFF. COUNT is the number of items used. A .vrt names the assets&apos; URLs without any token, so assets that need one (Planetary Computer) are best written to a .tif.</source>
        <translation>Combine la même bande, ou la même composition à trois bandes, de plusieurs éléments STAC en un seul raster. Les éléments dans un autre SCR sont reprojetés à la volée (plus proche voisin) ; là où les éléments se chevauchent, celui du dessus est visible.&lt;br&gt;&lt;br&gt;&lt;b&gt;Éléments&lt;/b&gt; : un fichier GeoJSON ItemCollection ou Item, ou l'URL d'un élément. &lt;b&gt;Ids des éléments&lt;/b&gt; : séparés par des virgules ; vide pour tous les éléments. &lt;b&gt;Asset&lt;/b&gt; : une clé d'asset, trois clés séparées par des virgules (R,G,B), truecolor ou falsecolor (bandes trouvées par leur nom commun). &lt;b&gt;Emprise&lt;/b&gt; : seuls les éléments qui la touchent sont utilisés (les autres ne coûtent aucune requête), et elle borne la mosaïque. &lt;b&gt;Ordre&lt;/b&gt; : quel élément est au-dessus. &lt;b&gt;SCR&lt;/b&gt; : vide pour le SCR que partagent la plupart des éléments.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sortie&lt;/b&gt; : un .vrt lit les fichiers distants à la demande (seulement les blocs dont une vue a besoin) ; un .tif est écrit comme GeoTIFF tuilé. COUNT est le nombre d'éléments utilisés. Un .vrt nomme les URL des assets sans aucun jeton : les assets qui en demandent un (Planetary Computer) sont donc à écrire de préférence dans un .tif.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="142"/>
        <source>Item ids (comma-separated; empty for all)</source>
        <translation>Ids des éléments (séparés par des virgules ; vide pour tous)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="171"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="155"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="160"/>
        <source>CRS (empty for the most common)</source>
        <translation>SCR (vide pour le plus courant)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="163"/>
        <source>Mosaic (.vrt: lazy remote reads; .tif: GeoTIFF)</source>
        <translation>Mosaïque (.vrt : lectures distantes à la demande ; .tif : GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="168"/>
        <source>Items used</source>
        <translation>Éléments utilisés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="196"/>
        <source>ORDER must be 0 to {n}.</source>
        <translation>ORDER doit être entre 0 et {n}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="237"/>
        <source>OUTPUT must end in .vrt (lazy remote reads) or .tif (a GeoTIFF), not {output!r}.</source>
        <translation>OUTPUT doit se terminer par .vrt (lectures distantes à la demande) ou .tif (un GeoTIFF), pas {output!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="251"/>
        <source>CRS is not a valid coordinate reference system.</source>
        <translation>CRS n'est pas un système de coordonnées de référence valide.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="276"/>
        <source>No item touches EXTENT; nothing to mosaic.</source>
        <translation>Aucun élément ne touche EXTENT ; rien à mosaïquer.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="201"/>
        <source>Mosaic of {n} item(s), {order}</source>
        <translation>Mosaïque de {n} élément(s), {order}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="305"/>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="26"/>
        <source>STAC (SpatioTemporal Asset Catalogs)</source>
        <translation>STAC (catalogues d'assets spatio-temporels)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="91"/>
        <source>The API has no collection {names}; its collections are: {listed}.</source>
        <translation>L'API n'a pas de collection {names} ; ses collections sont : {listed}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="126"/>
        <source>Search a STAC API</source>
        <translation>Rechercher dans une API STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="129"/>
        <source>Searches a STAC API and writes one polygon per item (EPSG:4326) with its id, collection, datetime, cloud cover and platform.&lt;br&gt;&lt;br&gt;&lt;b&gt;URL&lt;/b&gt;: the API&apos;s landing page, or a static catalog&apos;s &lt;i&gt;catalog.json&lt;/i&gt; or &lt;i&gt;collection.json&lt;/i&gt; (its links are followed and the area, dates, collections and cloud cover filtered here). &lt;b&gt;Collections&lt;/b&gt;: comma-separated ids, empty for all. &lt;b&gt;Extent&lt;/b&gt; or &lt;b&gt;Point&lt;/b&gt; (any CRS) limit the area; the extent wins when both are given. &lt;b&gt;Date/time&lt;/b&gt;: an interval such as 2020-03-20/2020-03-30 (.. for an open end). &lt;b&gt;Maximum cloud cover&lt;/b&gt;: 0-100 %. &lt;b&gt;Maximum items&lt;/b&gt;: the search stops after that many. &lt;b&gt;Sort by&lt;/b&gt;: comma-separated fields, each optionally prefixed - (descending) or +, e.g. -eo:cloud_cover,datetime; sorted by the API when it supports sorting, otherwise the items fetched are sorted (and the log says so). &lt;b&gt;Filter&lt;/b&gt;: CQL2-text (e.g. platform = &apos;sentinel-2a&apos;) or CQL2-JSON, combined by AND with the cloud cover, dates and area.&lt;br&gt;&lt;br&gt;Optionally saves the items as a GeoJSON ItemCollection for &lt;i&gt;Load STAC asset&lt;/i&gt; and &lt;i&gt;Download STAC assets&lt;/i&gt;. Outputs MATCHED (the server&apos;s total, -1 when it does not say) and COUNT (the items written).</source>
        <translation>Recherche dans une API STAC et écrit un polygone par élément (EPSG:4326) avec son identifiant, sa collection, sa date, sa couverture nuageuse et sa plateforme.&lt;br&gt;&lt;br&gt;&lt;b&gt;URL&lt;/b&gt; : la page d'accueil de l'API, ou le &lt;i&gt;catalog.json&lt;/i&gt; ou &lt;i&gt;collection.json&lt;/i&gt; d'un catalogue statique (ses liens sont suivis et l'emprise, les dates, les collections et la couverture nuageuse sont filtrées ici). &lt;b&gt;Collections&lt;/b&gt; : identifiants séparés par des virgules, vide pour toutes. &lt;b&gt;Emprise&lt;/b&gt; ou &lt;b&gt;Point&lt;/b&gt; (tout SCR) limitent la zone ; l'emprise l'emporte quand les deux sont donnés. &lt;b&gt;Date/heure&lt;/b&gt; : un intervalle comme 2020-03-20/2020-03-30 (.. pour une borne ouverte). &lt;b&gt;Couverture nuageuse maximale&lt;/b&gt; : 0-100 %. &lt;b&gt;Nombre maximal d'éléments&lt;/b&gt; : la recherche s'arrête après ce nombre. &lt;b&gt;Trier par&lt;/b&gt; : champs séparés par des virgules, chacun éventuellement précédé de - (décroissant) ou +, par exemple -eo:cloud_cover,datetime ; trié par l'API quand elle sait trier, sinon les éléments récupérés sont triés (et le journal le dit). &lt;b&gt;Filtre&lt;/b&gt; : CQL2-text (par exemple platform = 'sentinel-2a') ou CQL2-JSON, combiné par AND avec la couverture nuageuse, les dates et l'emprise.&lt;br&gt;&lt;br&gt;Enregistre éventuellement les éléments en GeoJSON ItemCollection pour &lt;i&gt;Charger un asset STAC&lt;/i&gt; et &lt;i&gt;Télécharger des assets STAC&lt;/i&gt;. Sorties MATCHED (le total du serveur, -1 quand il ne le dit pas) et COUNT (les éléments écrits).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="159"/>
        <source>STAC API URL</source>
        <translation>URL de l'API STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="163"/>
        <source>Collections (comma-separated, empty for all)</source>
        <translation>Collections (séparées par des virgules, vide pour toutes)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="172"/>
        <source>Point (ignored when an extent is given)</source>
        <translation>Point (ignoré quand une emprise est donnée)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="180"/>
        <source>Date/time interval (e.g. 2020-03-20/2020-03-30)</source>
        <translation>Intervalle date/heure (par ex. 2020-03-20/2020-03-30)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="185"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="195"/>
        <source>Maximum items</source>
        <translation>Nombre maximal d'éléments</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="204"/>
        <source>Sort by (e.g. -eo:cloud_cover,datetime)</source>
        <translation>Trier par (par ex. -eo:cloud_cover,datetime)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="209"/>
        <source>CQL2 filter (text or JSON)</source>
        <translation>Filtre CQL2 (texte ou JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="217"/>
        <source>Footprints</source>
        <translation>Empreintes</translation>
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
        <translation>Éléments trouvés par le serveur (-1 : inconnu)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="234"/>
        <source>Items written</source>
        <translation>Éléments écrits</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="273"/>
        <source>EXTENT has no area: give a rectangle with an area, or none.</source>
        <translation>EXTENT n'a pas de surface : indiquez un rectangle avec une surface, ou aucun.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="295"/>
        <source>MAX_ITEMS must be a whole number from 1 to {n}.</source>
        <translation>MAX_ITEMS doit être un nombre entier de 1 à {n}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="311"/>
        <source>EXTENT lies outside the world: {extent} in {crs}.</source>
        <translation>EXTENT est en dehors du monde : {extent} dans {crs}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="331"/>
        <source>POINT lies outside the world (longitude {lon}, latitude {lat} in {crs}).</source>
        <translation>POINT est en dehors du monde (longitude {lon}, latitude {lat} dans {crs}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="407"/>
        <source>Using the login of the saved connection {name!r}</source>
        <translation>Utilisation de l'identification de la connexion enregistrée {name!r}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="420"/>
        <source>{url} is a static catalog without search: {how}.</source>
        <translation>{url} est un catalogue statique sans recherche : {how}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="426"/>
        <source>Cloud cover filter applied by: {mode}</source>
        <translation>Filtre de couverture nuageuse appliqué par : {mode}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="428"/>
        <source>Sorted by the API: {sortby}</source>
        <translation>Trié par l'API : {sortby}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="457"/>
        <source>This catalog cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, not the whole matching set.</source>
        <translation>Ce catalogue ne sait pas trier : les {n} éléments récupérés ont été triés par {sortby} dans QGIS, pas l'ensemble des correspondances.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="457"/>
        <source>This API cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, not the whole matching set.</source>
        <translation>Cette API ne sait pas trier : les {n} éléments récupérés ont été triés par {sortby} dans QGIS, pas l'ensemble des correspondances.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="369"/>
        <source>an unknown number</source>
        <translation>un nombre inconnu</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="370"/>
        <source>{n} items written; the server matched {said}.</source>
        <translation>{n} éléments écrits ; le serveur en a trouvé {said}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/url_widget.py" line="34"/>
        <source>A saved connection of the STAC dock, or any STAC API URL</source>
        <translation>Une connexion enregistrée du panneau STAC, ou n'importe quelle URL d'API STAC</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="32"/>
        <source>Saving cancelled; no partial file was left.</source>
        <translation>Enregistrement annulé ; aucun fichier partiel n'a été laissé.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="33"/>
        <source>Adding layers cancelled.</source>
        <translation>Ajout des couches annulé.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="46"/>
        <source>{n} file(s) to replace are open as layers ({names}); remove those layers first, or skip the existing files.</source>
        <translation>{n} fichier(s) à remplacer sont ouverts comme couches ({names}) ; retirez d'abord ces couches, ou ignorez les fichiers existants.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="35"/>
        <source>Saving… %p%</source>
        <translation>Enregistrement… %p%</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="34"/>
        <source>Opening layers… %p%</source>
        <translation>Ouverture des couches… %p%</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="35"/>
        <source>Cancel saving</source>
        <translation>Annuler l'enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="34"/>
        <source>Cancel adding layers</source>
        <translation>Annuler l'ajout des couches</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="208"/>
        <source>Select items and check one or more raster assets first.</source>
        <translation>Sélectionnez des éléments et cochez d'abord un ou plusieurs assets raster.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="192"/>
        <source>{n} asset(s) could not be opened as rasters; see the log for details.</source>
        <translation>{n} asset(s) n'ont pas pu être ouverts comme rasters ; voir le journal pour les détails.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="201"/>
        <source>Added {n} layer(s).</source>
        <translation>{n} couche(s) ajoutée(s).</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="216"/>
        <source>Files Exist</source>
        <translation>Fichiers existants</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="216"/>
        <source>{n} file(s) already exist:
{names}

Replace them?</source>
        <translation>{n} fichier(s) existent déjà :
{names}

Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="225"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="226"/>
        <source>Skip existing</source>
        <translation>Ignorer les existants</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="250"/>
        <source>A save is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="269"/>
        <source>Nothing to save: every file exists already.</source>
        <translation>Rien à enregistrer : tous les fichiers existent déjà.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="284"/>
        <source>{n} layer(s) reading {name} could not be reloaded after it was replaced; remove them and add the file again.</source>
        <translation>{n} couche(s) lisant {name} n'ont pas pu être rechargées après son remplacement ; retirez-les et ajoutez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="298"/>
        <source>Saved {n} file(s) to {folder}.</source>
        <translation>{n} fichier(s) enregistré(s) dans {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="312"/>
        <source>{n} saved file(s) could not be added to the map.</source>
        <translation>{n} fichier(s) enregistré(s) n'ont pas pu être ajoutés à la carte.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="108"/>
        <source>NASA Earthdata login</source>
        <translation>Identifiant NASA Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="68"/>
        <source>Planetary Computer SAS token</source>
        <translation>Jeton SAS Planetary Computer</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="41"/>
        <source>AWS key pair (requester-pays S3 buckets)</source>
        <translation>Paire de clés AWS (buckets S3 requester-pays)</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="33"/>
        <source>Copernicus Data Space S3 key pair</source>
        <translation>Paire de clés S3 Copernicus Data Space</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="86"/>
        <source>Edit STAC Connection</source>
        <translation>Modifier la connexion STAC</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="86"/>
        <source>New STAC Connection</source>
        <translation>Nouvelle connexion STAC</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="125"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="126"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="127"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="192"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="194"/>
        <source>A connection named “{name}” already exists.</source>
        <translation>Une connexion nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="122"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="268"/>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="268"/>
        <source>Remove the connection “{name}”?</source>
        <translation>Supprimer la connexion « {name} » ?</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="361"/>
        <source>Add a STAC API connection first.</source>
        <translation>Ajoutez d'abord une connexion à une API STAC.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>Connecting to {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="163"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="326"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>Stop connecting</source>
        <translation>Arrêter la connexion</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>Read the API&apos;s landing page and list its collections</source>
        <translation>Lire la page d'accueil de l'API et lister ses collections</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="354"/>
        <source>Not connected: {message}</source>
        <translation>Non connecté : {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The start date is after the end date.</source>
        <translation>La date de début est après la date de fin.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="483"/>
        <source>Search failed: {message}</source>
        <translation>Échec de la recherche : {message}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="498"/>
        <source>{n} without geometry (no footprint)</source>
        <translation>{n} sans géométrie (pas d'empreinte)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="500"/>
        <source>{n} without date</source>
        <translation>{n} sans date</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="502"/>
        <source>{n} skipped as not STAC items</source>
        <translation>{n} ignoré(s) car non STAC</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="507"/>
        <source>Some results are incomplete: {parts}.</source>
        <translation>Certains résultats sont incomplets : {parts}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="521"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="522"/>
        <source>Stop the search in flight</source>
        <translation>Arrêter la recherche en cours</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="522"/>
        <source>Search the selected API</source>
        <translation>Rechercher dans l'API sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="549"/>
        <source>{count} of {matched} matched</source>
        <translation>{count} sur {matched} trouvés</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="553"/>
        <source>{count} items (total matched not reported by this API)</source>
        <translation>{count} éléments (total non indiqué par cette API)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="555"/>
        <source> · static catalog, filtered by the plugin</source>
        <translation> · catalogue statique, filtré par l'extension</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="557"/>
        <source> · loading more…</source>
        <translation> · chargement de la suite…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="559"/>
        <source>Cancelled · {text}</source>
        <translation>Annulé · {text}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="561"/>
        <source>No items match: {hint}</source>
        <translation>Aucun élément ne correspond : {hint}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="567"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="572"/>
        <source>Connected: {n} collections</source>
        <translation>Connecté : {n} collections</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="578"/>
        <source>widen the dates</source>
        <translation>élargissez les dates</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="580"/>
        <source>raise Max cloud</source>
        <translation>augmentez Nuages max</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>tick more collections</source>
        <translation>cochez plus de collections</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="583"/>
        <source>zoom out</source>
        <translation>dézoomez</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="583"/>
        <source>pick another point</source>
        <translation>choisissez un autre point</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="586"/>
        <source>{some} or {last}</source>
        <translation>{some} ou {last}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="596"/>
        <source>Cloud limit applied by the plugin: this API cannot filter on cloud cover</source>
        <translation>Limite de nuages appliquée par l'extension : cette API ne sait pas filtrer sur la couverture nuageuse</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="599"/>
        <source>; {n} item(s) without a cloud cover left out</source>
        <translation>; {n} élément(s) sans couverture nuageuse écartés</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="601"/>
        <source>; the matched count is before the cloud limit</source>
        <translation>; le nombre trouvé est celui d'avant la limite de nuages</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="669"/>
        <source>Save Results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="682"/>
        <source>There are no results to save.</source>
        <translation>Il n'y a aucun résultat à enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="684"/>
        <source>Saved {n} item(s) to {path}.</source>
        <translation>{n} élément(s) enregistré(s) dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="743"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="745"/>
        <source>Searching… 1 item so far</source>
        <translation>Recherche… 1 élément jusqu'ici</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="746"/>
        <source>Searching… {n} items so far</source>
        <translation>Recherche… {n} éléments jusqu'ici</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="35"/>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="47"/>
        <source>STAC queryables</source>
        <translation>Champs interrogeables STAC</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="107"/>
        <source>exact text, or a pattern with %</source>
        <translation>texte exact, ou un motif avec %</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="163"/>
        <source>Catalog filter (CQL2)</source>
        <translation>Filtre du catalogue (CQL2)</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="166"/>
        <source>Filters on the properties the API lists as queryable, combined by AND with the dates, cloud limit and area</source>
        <translation>Filtre sur les propriétés que l'API déclare interrogeables, combiné par AND avec les dates, la limite de nuages et l'emprise</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="169"/>
        <source>Connect to list what this API can filter on.</source>
        <translation>Connectez-vous pour lister ce sur quoi cette API peut filtrer.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="176"/>
        <source>More (CQL2-text or CQL2-JSON):</source>
        <translation>Plus (CQL2-text ou CQL2-JSON) :</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="179"/>
        <source>e.g. platform = &apos;sentinel-2a&apos; AND view:sun_elevation &gt; 30</source>
        <translation>par ex. platform = 'sentinel-2a' AND view:sun_elevation &gt; 30</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="203"/>
        <source>This API lists no queryables; the CQL2 editor still works if it filters.</source>
        <translation>Cette API ne liste aucun champ interrogeable ; l'éditeur CQL2 fonctionne quand même si elle filtre.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="218"/>
        <source>{n} queryable(s) from {url}</source>
        <translation>{n} champ(s) interrogeable(s) de {url}</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="218"/>
        <source>{url} lists nothing beyond dates, cloud cover and area.</source>
        <translation>{url} ne liste rien d'autre que les dates, la couverture nuageuse et l'emprise.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="233"/>
        <source>Queryables not available: {message}</source>
        <translation>Champs interrogeables indisponibles : {message}</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="257"/>
        <source>Filter: {cql2}</source>
        <translation>Filtre : {cql2}</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="43"/>
        <source>STAC footprints</source>
        <translation>Empreintes STAC</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>no cloud cover</source>
        <translation>pas de couverture nuageuse</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>0-10 % cloud</source>
        <translation>0-10 % de nuages</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>10-30 % cloud</source>
        <translation>10-30 % de nuages</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>30-60 % cloud</source>
        <translation>30-60 % de nuages</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>60-100 % cloud</source>
        <translation>60-100 % de nuages</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="74"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="74"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="94"/>
        <source>{n} items selected</source>
        <translation>{n} éléments sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="94"/>
        <source>showing {id}</source>
        <translation>affichage de {id}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="135"/>
        <source>Raster in {n} of {total} selected items
{href}</source>
        <translation>Raster dans {n} des {total} éléments sélectionnés
{href}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="146"/>
        <source>Cannot be loaded as a raster: {reason}</source>
        <translation>Ne peut pas être chargé comme raster : {reason}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="146"/>
        <source>not a raster GDAL reads</source>
        <translation>pas un raster lu par GDAL</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>Each band as a layer</source>
        <translation>Chaque bande comme couche</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>True colour (red, green, blue)</source>
        <translation>Couleurs naturelles (rouge, vert, bleu)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>False colour (nir, red, green)</source>
        <translation>Fausses couleurs (pir, rouge, vert)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>Ticked bands as R, G, B</source>
        <translation>Bandes cochées en R, V, B</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="57"/>
        <source>VRT (read remotely)</source>
        <translation>VRT (lu à distance)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="57"/>
        <source>GeoTIFF file…</source>
        <translation>Fichier GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="58"/>
        <source>Mosaic cancelled; no partial file was left.</source>
        <translation>Mosaïque annulée ; aucun fichier partiel n'a été laissé.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="59"/>
        <source>Composites cancelled.</source>
        <translation>Compositions annulées.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="138"/>
        <source>What Add to map (and a mosaic) makes of the selected items: each checked band as its own layer, or one three-band layer (a VRT over the remote bands, nothing downloaded)</source>
        <translation>Ce que Ajouter à la carte (et une mosaïque) fait des éléments sélectionnés : chaque bande cochée en couche séparée, ou une couche à trois bandes (un VRT sur les bandes distantes, rien n'est téléchargé)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="145"/>
        <source>Add as</source>
        <translation>Ajouter comme</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="148"/>
        <source>Mosaic selected items</source>
        <translation>Mosaïquer les éléments sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="149"/>
        <source>One layer of the selected items over the map extent, in the CRS most of them share</source>
        <translation>Une couche des éléments sélectionnés sur l'emprise de la carte, dans le SCR que partagent la plupart d'entre eux</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="154"/>
        <source>Which item shows where items overlap</source>
        <translation>Quel élément est visible là où les éléments se chevauchent</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="157"/>
        <source>A VRT reads only the blocks the view needs from the remote files; a GeoTIFF is written to disk, window by window</source>
        <translation>Un VRT ne lit dans les fichiers distants que les blocs dont la vue a besoin ; un GeoTIFF est écrit sur le disque, fenêtre par fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="207"/>
        <source>Tick three bands for R, G and B, in that order ({n} ticked).</source>
        <translation>Cochez trois bandes pour R, V et B, dans cet ordre ({n} cochée(s)).</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="212"/>
        <source>Tick one band to mosaic ({n} ticked), or choose a composite under Add as.</source>
        <translation>Cochez une bande à mosaïquer ({n} cochée(s)), ou choisissez une composition sous Ajouter comme.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="225"/>
        <source>tick 3 bands in R, G, B order ({n} ticked)</source>
        <translation>cochez 3 bandes dans l'ordre R, V, B ({n} cochée(s))</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="260"/>
        <source>Select one or more items first.</source>
        <translation>Sélectionnez d'abord un ou plusieurs éléments.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="291"/>
        <source>{n} composites could not be made: {first}</source>
        <translation>{n} compositions n'ont pas pu être créées : {first}</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="295"/>
        <source>Added {n} composite layer(s).</source>
        <translation>{n} couche(s) composée(s) ajoutée(s).</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="303"/>
        <source>The map has no extent to mosaic over.</source>
        <translation>La carte n'a pas d'emprise sur laquelle mosaïquer.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="309"/>
        <source>Save Mosaic</source>
        <translation>Enregistrer la mosaïque</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="309"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="317"/>
        <source>File Exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="317"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="329"/>
        <source>A mosaic is already being made.</source>
        <translation>Une mosaïque est déjà en cours de création.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="332"/>
        <source>Select the items to mosaic first.</source>
        <translation>Sélectionnez d'abord les éléments à mosaïquer.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="344"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="361"/>
        <source>Mosaic Selected Items</source>
        <translation>Mosaïquer les éléments sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="370"/>
        <source>; {n} item(s) outside the map extent left out</source>
        <translation>; {n} élément(s) hors de l'emprise de la carte écartés</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="371"/>
        <source>Added {name}{note}.</source>
        <translation>{name}{note} ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="63"/>
        <source>Mosaic… %p%</source>
        <translation>Mosaïque… %p%</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="60"/>
        <source>Composites… %p%</source>
        <translation>Compositions… %p%</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="56"/>
        <source>Zoom to Item</source>
        <translation>Zoomer sur l'élément</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="56"/>
        <source>Zoom to Items</source>
        <translation>Zoomer sur les éléments</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="60"/>
        <source>Show Footprints Layer</source>
        <translation>Afficher la couche des empreintes</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="64"/>
        <source>Remove Footprints Layer</source>
        <translation>Supprimer la couche des empreintes</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Date-time</source>
        <translation>Date-heure</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Cloud %</source>
        <translation>Nuages %</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../ui/results_view.py" line="28"/>
        <source>Click to sort; drag an edge to resize, a header to move its column</source>
        <translation>Cliquez pour trier ; faites glisser un bord pour redimensionner, un en-tête pour déplacer sa colonne</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="40"/>
        <source>Save Assets</source>
        <translation>Enregistrer les assets</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="48"/>
        <source>Whole assets</source>
        <translation>Assets entiers</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="49"/>
        <source>Clipped to the map extent (named &lt;item&gt;_&lt;asset&gt;_clipped.tif)</source>
        <translation>Découpés selon l'emprise de la carte (nommés &lt;item&gt;_&lt;asset&gt;_clipped.tif)</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="52"/>
        <source>Add to the map when done</source>
        <translation>Ajouter à la carte une fois terminé</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="61"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="64"/>
        <source>Save {n} asset(s) as GeoTIFF files (named &lt;item&gt;_&lt;asset&gt;.tif).</source>
        <translation>Enregistrer {n} asset(s) en fichiers GeoTIFF (nommés &lt;item&gt;_&lt;asset&gt;.tif).</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="101"/>
        <source>This folder does not exist yet; you will be asked to create it.</source>
        <translation>Ce dossier n'existe pas encore ; il vous sera proposé de le créer.</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="116"/>
        <source>Create Folder</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="116"/>
        <source>The folder {folder} does not exist. Create it?</source>
        <translation>Le dossier {folder} n'existe pas. Le créer ?</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="51"/>
        <source>The search area cannot be converted from {crs} to EPSG:4326</source>
        <translation>La zone de recherche ne peut pas être convertie de {crs} vers EPSG:4326</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="97"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="101"/>
        <source>0 searches items containing the point; more searches a circle this many metres around it</source>
        <translation>0 recherche les éléments contenant le point ; plus recherche un cercle de ce nombre de mètres autour de lui</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="116"/>
        <source>Drawn polygon</source>
        <translation>Polygone dessiné</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="120"/>
        <source>Draw on map</source>
        <translation>Dessiner sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="122"/>
        <source>Click the corners on the map; right-click or double-click to finish</source>
        <translation>Cliquez les sommets sur la carte ; clic droit ou double-clic pour terminer</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="123"/>
        <source>no polygon yet</source>
        <translation>pas encore de polygone</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="124"/>
        <source>Selected features</source>
        <translation>Entités sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="129"/>
        <source>The selected features of this layer are the search area</source>
        <translation>Les entités sélectionnées de cette couche forment la zone de recherche</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="159"/>
        <source>no valid map extent</source>
        <translation>pas d'emprise de carte valide</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="161"/>
        <source>West, south, east, north in EPSG:4326 degrees: the search bbox</source>
        <translation>Ouest, sud, est, nord en degrés EPSG:4326 : la bbox de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="199"/>
        <source>{n} vertices</source>
        <translation>{n} sommets</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="208"/>
        <source>Choose a vector layer whose selected features are the search area.</source>
        <translation>Choisissez une couche vecteur dont les entités sélectionnées forment la zone de recherche.</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="211"/>
        <source>Select one or more features of the layer {name!r} first.</source>
        <translation>Sélectionnez d'abord une ou plusieurs entités de la couche {name!r}.</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="271"/>
        <source>Draw a polygon on the map first (or search the map extent).</source>
        <translation>Dessinez d'abord un polygone sur la carte (ou recherchez sur l'emprise de la carte).</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="276"/>
        <source>Pick a point on the map first (or search the map extent).</source>
        <translation>Choisissez d'abord un point sur la carte (ou recherchez sur l'emprise de la carte).</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="226"/>
        <source>map extent</source>
        <translation>emprise de la carte</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="288"/>
        <source>drawn polygon</source>
        <translation>polygone dessiné</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="292"/>
        <source>{n} selected feature(s)</source>
        <translation>{n} entité(s) sélectionnée(s)</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="294"/>
        <source>point + {metres} m</source>
        <translation>point + {metres} m</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="294"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Newest first</source>
        <translation>Plus récents d'abord</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Oldest first</source>
        <translation>Plus anciens d'abord</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Clearest first</source>
        <translation>Moins nuageux d'abord</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Cloudiest first</source>
        <translation>Plus nuageux d'abord</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>API order</source>
        <translation>Ordre de l'API</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>Copy the search as Python</source>
        <translation>Copier la recherche en Python</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and open the checked assets (rioxarray)</source>
        <translation>… et ouvrir les assets cochés (rioxarray)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and save the checked assets (rioxarray)</source>
        <translation>… et enregistrer les assets cochés (rioxarray)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and save them clipped to the map extent</source>
        <translation>… et les enregistrer découpés selon l'emprise de la carte</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and load them as a mosaic (odc-stac, Dask)</source>
        <translation>… et les charger en mosaïque (odc-stac, Dask)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="87"/>
        <source>Sent to the API as sortby, so the first page holds the newest or clearest scenes of the whole match; APIs that cannot sort get the items fetched sorted in QGIS</source>
        <translation>Envoyé à l'API comme sortby, pour que la première page contienne les scènes les plus récentes ou les moins nuageuses de toutes les correspondances ; pour les API qui ne savent pas trier, les éléments récupérés sont triés dans QGIS</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="94"/>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="107"/>
        <source>Copy as Python</source>
        <translation>Copier en Python</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="108"/>
        <source>Copy a script that repeats this search (and the checked assets) with pystac-client and rioxarray</source>
        <translation>Copier un script qui répète cette recherche (et les assets cochés) avec pystac-client et rioxarray</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="162"/>
        <source>This API cannot sort: the {n} items loaded of the match are sorted in QGIS.</source>
        <translation>Cette API ne sait pas trier : les {n} éléments chargés des correspondances sont triés dans QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="164"/>
        <source>This API cannot sort: the {n} items loaded are sorted in QGIS.</source>
        <translation>Cette API ne sait pas trier : les {n} éléments chargés sont triés dans QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="195"/>
        <source>Connect and search first: the script repeats the current search.</source>
        <translation>Connectez-vous et recherchez d'abord : le script répète la recherche en cours.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="203"/>
        <source>Select items and check the assets the script should use.</source>
        <translation>Sélectionnez des éléments et cochez les assets que le script doit utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="228"/>
        <source>Python script copied to the clipboard.</source>
        <translation>Script Python copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="30"/>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="32"/>
        <source>from {date}</source>
        <translation>depuis {date}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="34"/>
        <source>until {date}</source>
        <translation>jusqu'au {date}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="49"/>
        <source>cloud &lt; {value} %</source>
        <translation>nuages &lt; {value} %</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="56"/>
        <source>{n} collections</source>
        <translation>{n} collections</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="68"/>
        <source>no connection</source>
        <translation>aucune connexion</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="86"/>
        <source>Drag to share the height between the panels</source>
        <translation>Faites glisser pour répartir la hauteur entre les panneaux</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The start date is in the future: there is no imagery yet.</source>
        <translation>La date de début est dans le futur : il n'y a pas encore d'images.</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="228"/>
        <source>no point picked</source>
        <translation>aucun point choisi</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="231"/>
        <source>point {lon}, {lat}</source>
        <translation>point {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="246"/>
        <source>{summary}
Click to change the search</source>
        <translation>{summary}
Cliquez pour modifier la recherche</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="248"/>
        <source>{summary}
Click to hide the search options</source>
        <translation>{summary}
Cliquez pour masquer les options de recherche</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="291"/>
        <source>larger than {n} MB</source>
        <translation>plus de {n} Mo</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="316"/>
        <source>not a PNG or JPEG image</source>
        <translation>pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="376"/>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="377"/>
        <source>Show a thumbnail of each result (fetched for the rows in view)</source>
        <translation>Afficher une vignette de chaque résultat (récupérée pour les lignes visibles)</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="504"/>
        <source>Thumbnails are switched off.</source>
        <translation>Les vignettes sont désactivées.</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="506"/>
        <source>No preview for this item.</source>
        <translation>Pas d'aperçu pour cet élément.</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="511"/>
        <source>Preview not available ({error}).</source>
        <translation>Aperçu indisponible ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="512"/>
        <source>Loading preview…</source>
        <translation>Chargement de l'aperçu…</translation>
    </message>
    <message>
        <location filename="../plugin/layer_tasks.py" line="68"/>
        <source>Save STAC mosaic ({bands}) to {name}</source>
        <translation>Enregistrer la mosaïque STAC ({bands}) dans {name}</translation>
    </message>
    <message>
        <location filename="../plugin/layer_tasks.py" line="115"/>
        <source>The saved mosaic {path} cannot be opened</source>
        <translation>La mosaïque enregistrée {path} ne peut pas être ouverte</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="51"/>
        <source>GDAL cannot open it as a raster</source>
        <translation>GDAL ne peut pas l'ouvrir comme raster</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="53"/>
        <source>{href} is not a valid raster layer: {why}</source>
        <translation>{href} n'est pas une couche raster valide : {why}</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="201"/>
        <source>Read from a local file: {path}</source>
        <translation>Lu depuis un fichier local : {path}</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="245"/>
        <source>GDAL cannot open the VRT</source>
        <translation>GDAL ne peut pas ouvrir le VRT</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="246"/>
        <source>{name} could not be opened: {why}</source>
        <translation>{name} n'a pas pu être ouvert : {why}</translation>
    </message>
    <message>
        <location filename="../plugin/picture_tasks.py" line="88"/>
        <source>Build STAC mosaic ({bands})</source>
        <translation>Construire la mosaïque STAC ({bands})</translation>
    </message>
    <message>
        <location filename="../plugin/picture_tasks.py" line="88"/>
        <source>Build STAC composite ({bands})</source>
        <translation>Construire la composition STAC ({bands})</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="259"/>
        <source>Open STAC API {name}</source>
        <translation>Ouvrir l'API STAC {name}</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="292"/>
        <source>STAC search</source>
        <translation>Recherche STAC</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="336"/>
        <source>STAC search: next page</source>
        <translation>Recherche STAC : page suivante</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="361"/>
        <source>Save {n} STAC asset(s)</source>
        <translation>Enregistrer {n} asset(s) STAC</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="397"/>
        <source>Open {n} STAC raster(s)</source>
        <translation>Ouvrir {n} raster(s) STAC</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="181"/>
        <source>STAC</source>
        <translation>STAC</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="19"/>
        <source>a Copernicus Data Space S3 key pair</source>
        <translation>une paire de clés S3 Copernicus Data Space</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="36"/>
        <source>CDSE S3 access key</source>
        <translation>clé d'accès S3 CDSE</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="36"/>
        <source>CDSE S3 secret key</source>
        <translation>clé secrète S3 CDSE</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="48"/>
        <source>a NASA Earthdata login</source>
        <translation>un identifiant NASA Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="111"/>
        <source>Earthdata username</source>
        <translation>nom d'utilisateur Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="111"/>
        <source>Earthdata password</source>
        <translation>mot de passe Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="69"/>
        <source>a Planetary Computer SAS token</source>
        <translation>un jeton SAS Planetary Computer</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="71"/>
        <source>Planetary Computer subscription key</source>
        <translation>clé d'abonnement Planetary Computer</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="43"/>
        <source>AWS access key ID</source>
        <translation>ID de clé d'accès AWS</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="43"/>
        <source>AWS secret access key</source>
        <translation>clé d'accès secrète AWS</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} has more than two parts (start/end).</source>
        <translation>{text!r} a plus de deux parties (début/fin).</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date.</source>
        <translation>{part!r} n'est pas une date.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} gives no date.</source>
        <translation>{text!r} ne donne aucune date.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} has two open ends.</source>
        <translation>{text!r} a deux bornes ouvertes.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Two assets would be saved as {target}: {first} and {second} (the same item id in two collections?)</source>
        <translation>Deux assets seraient enregistrés sous {target} : {first} et {second} (le même id d'élément dans deux collections ?)</translation>
    </message>
    <message>
        <location filename="../plugin/settings.py" line="207"/>
        <source>Setting {name} ignored: {value!r}</source>
        <translation>Paramètre {name} ignoré : {value!r}</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="186"/>
        <source>The assets are read without a login.</source>
        <translation>Les assets sont lus sans identifiants.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="54"/>
        <source>Cumulative count cut (2-98 %)</source>
        <translation>Bornes d'exclusion des valeurs extrêmes (2-98 %)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="55"/>
        <source>Minimum / maximum</source>
        <translation>Min / max</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="57"/>
        <source>None: QGIS&apos;s own default for new rasters</source>
        <translation>Aucune : le réglage par défaut de QGIS pour les nouveaux rasters</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="81"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="81"/>
        <source>How long one request (search, collections, raster read) may take before it fails</source>
        <translation>Durée maximale d'une requête (recherche, collections, lecture raster) avant qu'elle échoue</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="83"/>
        <source> items</source>
        <translation> éléments</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="83"/>
        <source>Items each search request asks the API for (its page size); the dock&apos;s Max items still caps the total, and some APIs send fewer</source>
        <translation>Éléments que chaque requête de recherche demande à l'API (taille de page) ; « Éléments max » du panneau plafonne toujours le total, et certaines API en envoient moins</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="86"/>
        <source> rasters</source>
        <translation> rasters</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="86"/>
        <source>Rasters opened at the same time when layers, composites or mosaics are added (and static-catalog documents read at once)</source>
        <translation>Rasters ouverts en même temps lors de l'ajout de couches, de compositions ou de mosaïques (et documents de catalogue statique lus à la fois)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="89"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="89"/>
        <source>Memory the thumbnails and previews of results may take; beyond it the least recently shown are dropped (QGIS&apos;s network cache may still hold their download)</source>
        <translation>Mémoire que peuvent occuper les vignettes et aperçus des résultats ; au-delà, les moins récemment affichés sont retirés (le cache réseau de QGIS peut encore garder leur téléchargement)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="93"/>
        <source>Show one beside each result</source>
        <translation>En afficher une à côté de chaque résultat</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="95"/>
        <source>Fetched only for the rows in view; also switched in the dock</source>
        <translation>Récupérées seulement pour les lignes visibles ; s'activent aussi dans le panneau</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="99"/>
        <source>Contrast stretch of new layers, estimated on an overview (no full-resolution read)</source>
        <translation>Amélioration du contraste des nouvelles couches, estimée sur une vue d'ensemble (sans lecture en pleine résolution)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="103"/>
        <source>Restore Defaults</source>
        <translation>Restaurer les paramètres par défaut</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>STAC requests</source>
        <translation>Requêtes STAC</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Items per request</source>
        <translation>Éléments par requête</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Opened in parallel</source>
        <translation>Ouverts en parallèle</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Stretch of new layers</source>
        <translation>Contraste des nouvelles couches</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Result thumbnails</source>
        <translation>Vignettes des résultats</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Memory cache</source>
        <translation>Cache mémoire</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="128"/>
        <source>Defaults of STAC Imagery Search: the dock, the Processing algorithms and new layers use them from the next request on.</source>
        <translation>Valeurs par défaut de STAC Imagery Search : le panneau, les algorithmes de traitement et les nouvelles couches les utilisent dès la prochaine requête.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="152"/>
        <source>https://example.com/stac/v1, or a catalog.json on disk</source>
        <translation>https://example.com/stac/v1, ou un catalog.json sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="153"/>
        <source>A STAC API&apos;s landing page, or a static catalog: the http(s) URL or the file of its catalog.json or collection.json</source>
        <translation>La page d'accueil d'une API STAC, ou un catalogue statique : l'URL http(s) ou le fichier de son catalog.json ou collection.json</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="158"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="159"/>
        <source>Choose a static catalog&apos;s catalog.json or collection.json on disk</source>
        <translation>Choisir le catalog.json ou collection.json d'un catalogue statique sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="196"/>
        <source>Enter the URL of the STAC API landing page, or choose a catalog.json file.</source>
        <translation>Saisissez l'URL de la page d'accueil de l'API STAC, ou choisissez un fichier catalog.json.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="199"/>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="202"/>
        <source>The URL must start with http:// or https://, or name a catalog.json file.</source>
        <translation>L'URL doit commencer par http:// ou https://, ou désigner un fichier catalog.json.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="209"/>
        <source>Open Static STAC Catalog</source>
        <translation>Ouvrir un catalogue STAC statique</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="209"/>
        <source>STAC catalog (*.json);;All files (*)</source>
        <translation>Catalogue STAC (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="551"/>
        <source>{count} items found so far</source>
        <translation>{count} éléments trouvés jusqu'ici</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="60"/>
        <source>Cancel the composites</source>
        <translation>Annuler les composites</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="63"/>
        <source>Cancel the mosaic</source>
        <translation>Annuler la mosaïque</translation>
    </message>
    <message>
        <location filename="../plugin/auth/api.py" line="58"/>
        <source>Authentication configuration {id} cannot be used: the QGIS auth system is disabled.</source>
        <translation>La configuration d'authentification {id} ne peut pas être utilisée : le système d'authentification de QGIS est désactivé.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/api.py" line="69"/>
        <source>Authentication configuration {id} cannot be read: it does not exist or the master password was not entered.</source>
        <translation>La configuration d'authentification {id} ne peut pas être lue : elle n'existe pas ou le mot de passe principal n'a pas été saisi.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/basic.py" line="27"/>
        <source>Authentication configuration {id} must be of type Basic with a username and password.</source>
        <translation>La configuration d'authentification {id} doit être de type Basic, avec un nom d'utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="41"/>
        <source>with signed requests to CDSE&apos;s endpoint, eodata.dataspace.copernicus.eu</source>
        <translation>avec les requêtes signées vers le point d'accès de CDSE, eodata.dataspace.copernicus.eu</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="115"/>
        <source>to the Earthdata login host, urs.earthdata.nasa.gov</source>
        <translation>à l'hôte de connexion Earthdata, urs.earthdata.nasa.gov</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="191"/>
        <source>{href} needs {login}: set an Earthdata auth configuration.</source>
        <translation>{href} nécessite {login} : définissez une configuration d'authentification Earthdata.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="215"/>
        <source>NASA Earthdata refused the login: check the username and password of authentication configuration {id}.</source>
        <translation>NASA Earthdata a refusé la connexion : vérifiez le nom d'utilisateur et le mot de passe de la configuration d'authentification {id}.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="223"/>
        <source>NASA Earthdata login for {host} failed: HTTP {status}</source>
        <translation>Échec de la connexion NASA Earthdata pour {host} : HTTP {status}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="231"/>
        <source>NASA Earthdata login for {host} failed: too many redirects</source>
        <translation>Échec de la connexion NASA Earthdata pour {host} : trop de redirections</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="250"/>
        <source>NASA Earthdata login: cannot reach {host}</source>
        <translation>Connexion NASA Earthdata : impossible de joindre {host}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="72"/>
        <source>to the Planetary Computer token endpoint, never to the storage hosts</source>
        <translation>au service de jetons de Planetary Computer, jamais aux hôtes de stockage</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="137"/>
        <source>No Planetary Computer token for {account}/{container}</source>
        <translation>Aucun jeton Planetary Computer pour {account}/{container}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="144"/>
        <source>The Planetary Computer token endpoint did not answer JSON for {account}/{container}</source>
        <translation>Le service de jetons de Planetary Computer n'a pas répondu en JSON pour {account}/{container}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="152"/>
        <source>The Planetary Computer sent no token for {account}/{container}</source>
        <translation>Planetary Computer n'a envoyé aucun jeton pour {account}/{container}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="21"/>
        <source>AWS credentials for a requester-pays bucket</source>
        <translation>des identifiants AWS pour un bucket requester-pays</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="47"/>
        <source>with signed requests to those buckets (you pay for the transfer)</source>
        <translation>avec les requêtes signées vers ces buckets (le transfert est à vos frais)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: the month must be 1 to 12.</source>
        <translation>{part!r} n'est pas une date : le mois doit être compris entre 1 et 12.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: that month has no day {day}.</source>
        <translation>{part!r} n'est pas une date : ce mois n'a pas de jour {day}.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: the time of day is out of range.</source>
        <translation>{part!r} n'est pas une date : l'heure est hors limites.</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="34"/>
        <source>The map extent cannot be converted from {crs} to {wgs84}</source>
        <translation>L'emprise de la carte ne peut pas être convertie de {crs} vers {wgs84}</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="72"/>
        <source>The point cannot be converted from {crs} to {wgs84}</source>
        <translation>Le point ne peut pas être converti de {crs} vers {wgs84}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="436"/>
        <source>Asset {key!r} of item {id!r} needs {login}, and none is set: in the STAC dock, edit a connection and choose its &apos;Asset access&apos; and &apos;Asset credentials&apos;.</source>
        <translation>L'asset {key!r} de l'élément {id!r} nécessite {login}, et aucun n'est défini : dans le panneau STAC, modifiez une connexion et choisissez son « Accès aux assets » et ses « Identifiants des assets ».</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="134"/>
        <source>{n} asset(s) need {login}. Edit the connection and choose it under &quot;Asset access&quot;, with its login under &quot;Asset credentials&quot;.</source>
        <translation>{n} asset(s) nécessitent {login}. Modifiez la connexion et choisissez-le sous « Accès aux assets », avec ses identifiants sous « Identifiants des assets ».</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="46"/>
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="46"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="53"/>
        <source>{field} = your {label}</source>
        <translation>{field} = votre {label}</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="57"/>
        <source>{field} is not used</source>
        <translation>{field} n'est pas utilisé</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="63"/>
        <source>Assets on {hosts} need {login}.</source>
        <translation>Les assets sur {hosts} nécessitent {login}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="65"/>
        <source>Create a Basic authentication configuration: {fields}.</source>
        <translation>Créez une configuration d'authentification Basic : {fields}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="67"/>
        <source>Leave Asset credentials empty for anonymous access, or create a Basic authentication configuration: {fields}.</source>
        <translation>Laissez « Identifiants des assets » vide pour un accès anonyme, ou créez une configuration d'authentification Basic : {fields}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="71"/>
        <source>Sent only {sent_to}.</source>
        <translation>Envoyé uniquement {sent_to}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="98"/>
        <source>e.g. X-API-Key or Authorization: Bearer</source>
        <translation>par ex. X-API-Key ou Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="99"/>
        <source>The header the password of the Basic configuration above is sent in, e.g. X-API-Key or Authorization: Bearer. Empty: the configuration&apos;s own method (e.g. HTTP Basic).</source>
        <translation>L'en-tête dans lequel le mot de passe de la configuration Basic ci-dessus est envoyé, par ex. X-API-Key ou Authorization: Bearer. Vide : la méthode propre à la configuration (par ex. HTTP Basic).</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="109"/>
        <source>Authentication is sent only to the STAC API. For an API key or a bearer token, create a Basic authentication configuration with the key as its password, and name its header above (e.g. X-API-Key, or Authorization: Bearer).</source>
        <translation>L'authentification n'est envoyée qu'à l'API STAC. Pour une clé d'API ou un jeton bearer, créez une configuration d'authentification Basic avec la clé comme mot de passe, et indiquez son en-tête ci-dessus (par ex. X-API-Key, ou Authorization: Bearer).</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="128"/>
        <source>Header for the API key</source>
        <translation>En-tête de la clé d'API</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="130"/>
        <source>Asset access</source>
        <translation>Accès aux assets</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="131"/>
        <source>Asset credentials</source>
        <translation>Identifiants des assets</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="170"/>
        <source>Public: no login needed</source>
        <translation>Public : aucun identifiant requis</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="134"/>
        <source>No STAC plugin object holds a thread pool: one was made for this session</source>
        <translation>Aucun objet de l'extension STAC ne détient de groupe de threads : un groupe a été créé pour cette session</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="56"/>
        <source>Mean ± {factor} standard deviations</source>
        <translation>Moyenne ± {factor} écarts-types</translation>
    </message>
</context>
<context>
    <name>StacDockBase</name>
    <message>
        <location filename="../ui/dock.ui" line="9"/>
        <source>STAC Search</source>
        <translation>Recherche STAC</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="24"/>
        <source>STAC API to search</source>
        <translation>API STAC dans laquelle rechercher</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="29"/>
        <source>New connection…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="30"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="35"/>
        <source>Edit connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="36"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="41"/>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="42"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="47"/>
        <source>Read the API&apos;s landing page and list its collections</source>
        <translation>Lire la page d'accueil de l'API et lister ses collections</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="48"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="68"/>
        <source>Show or hide the search options</source>
        <translation>Afficher ou masquer les options de recherche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="85"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="104"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="108"/>
        <source>Filter collections…</source>
        <translation>Filtrer les collections…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="124"/>
        <source>Search area</source>
        <translation>Zone de recherche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="128"/>
        <source>Map extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="140"/>
        <source>Clicked point</source>
        <translation>Point cliqué</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="145"/>
        <source>Click a point on the map</source>
        <translation>Cliquez un point sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="146"/>
        <source>Pick on map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="153"/>
        <source>no point yet</source>
        <translation>pas encore de point</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="159"/>
        <source>Buffer</source>
        <translation>Tampon</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="165"/>
        <source>0 searches items containing the point; more searches a box this many degrees around it</source>
        <translation>0 recherche les éléments contenant le point ; plus recherche un rectangle de ce nombre de degrés autour de lui</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="166"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="183"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="187"/>
        <source>Unchecked: no start date</source>
        <translation>Décoché : pas de date de début</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="188"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="206"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="199"/>
        <source>Unchecked: no end date</source>
        <translation>Décoché : pas de date de fin</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="200"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="211"/>
        <source>Max cloud</source>
        <translation>Nuages max</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="216"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="223"/>
        <source>Max items</source>
        <translation>Éléments max</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="228"/>
        <source>Stop after this many items; “Load more” fetches the next page</source>
        <translation>Arrêter après ce nombre d'éléments ; « Charger plus » récupère la page suivante</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="236"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="248"/>
        <source>How long one request (search, collections, raster read) may take before it fails</source>
        <translation>Durée maximale d'une requête (recherche, collections, lecture raster) avant qu'elle échoue</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="249"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="284"/>
        <source>Show only the rows whose text contains this</source>
        <translation>N'afficher que les lignes dont le texte contient ceci</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="285"/>
        <source>Filter results…</source>
        <translation>Filtrer les résultats…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="311"/>
        <source>Fetch the next page of results</source>
        <translation>Récupérer la page suivante de résultats</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="312"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="324"/>
        <source>Save the results as a GeoJSON ItemCollection</source>
        <translation>Enregistrer les résultats en GeoJSON ItemCollection</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="325"/>
        <source>Save results…</source>
        <translation>Enregistrer les résultats…</translation>
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
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="366"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="378"/>
        <source>Add the checked assets of the selected items as layers</source>
        <translation>Ajouter les assets cochés des éléments sélectionnés comme couches</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="379"/>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="385"/>
        <source>Save the checked assets of the selected items as GeoTIFFs</source>
        <translation>Enregistrer les assets cochés des éléments sélectionnés en GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="386"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="398"/>
        <source>Cancel saving</source>
        <translation>Annuler l'enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="399"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
