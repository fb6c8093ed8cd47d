<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>StacPlugin</name>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Least cloudy on top</source>
        <translation>Menos nuboso encima</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Newest on top</source>
        <translation>Más reciente encima</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Oldest on top</source>
        <translation>Más antiguo encima</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="569"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>area, dates, collections and cloud cover are filtered by the plugin</source>
        <translation>el área, las fechas, las colecciones y la nubosidad las filtra el complemento</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A static catalog cannot apply a CQL2 filter: it has no search; remove the filter (area, dates and cloud cover are filtered by the plugin)</source>
        <translation>Un catálogo estático no puede aplicar un filtro CQL2: no tiene búsqueda; quite el filtro (el área, las fechas y la nubosidad las filtra el complemento)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The buffer must be more than 0 m</source>
        <translation>El búfer debe ser mayor que 0 m</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The search area is not a valid geometry</source>
        <translation>El área de búsqueda no es una geometría válida</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The search area is empty: draw a polygon or select features first.</source>
        <translation>El área de búsqueda está vacía: dibuje primero un polígono o seleccione objetos espaciales.</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="45"/>
        <source>The map extent is empty</source>
        <translation>La extensión del mapa está vacía</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="47"/>
        <source>The map extent has no valid coordinate reference system</source>
        <translation>La extensión del mapa no tiene un sistema de referencia de coordenadas válido</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No band given: give an asset key, three keys (R,G,B), truecolor or falsecolor</source>
        <translation>No se indicó ninguna banda: indique una clave de asset, tres claves (R,G,B), truecolor o falsecolor</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No transformation from the extent&apos;s CRS to longitude/latitude</source>
        <translation>No hay transformación del SRC de la extensión a longitud/latitud</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Cannot reproject the extent</source>
        <translation>No se puede reproyectar la extensión</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Cannot reproject an extent</source>
        <translation>No se puede reproyectar una extensión</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No item to mosaic</source>
        <translation>Ningún elemento para el mosaico</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No source to take a CRS from</source>
        <translation>Ninguna fuente de la que tomar un SRC</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No transformation between the two CRS</source>
        <translation>No hay transformación entre los dos SRC</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No raster to build a grid from</source>
        <translation>Ningún ráster a partir del cual construir una cuadrícula</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The area to cover is empty</source>
        <translation>El área a cubrir está vacía</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No band to combine</source>
        <translation>Ninguna banda que combinar</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Every item of a mosaic needs the same number of bands</source>
        <translation>Todos los elementos de un mosaico necesitan el mismo número de bandas</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>No folder given: choose the folder to save the files in</source>
        <translation>No se indicó ninguna carpeta: elija la carpeta donde guardar los archivos</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A search result is not a STAC item</source>
        <translation>Un resultado de búsqueda no es un elemento STAC</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>A search result is a STAC item without an id</source>
        <translation>Un resultado de búsqueda es un elemento STAC sin identificador</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>no href</source>
        <translation>sin href</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>not a raster format GDAL reads (no media type, no known file name)</source>
        <translation>no es un formato ráster que GDAL lea (sin tipo de medio, sin nombre de archivo conocido)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>not a COG, slower: a GeoTIFF not declared cloud-optimized may need far more reads</source>
        <translation>no es un COG, más lento: un GeoTIFF no declarado optimizado para la nube puede necesitar muchas más lecturas</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>JPEG 2000, slower: decoding costs more than a COG</source>
        <translation>JPEG 2000, más lento: decodificar cuesta más que un COG</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>preview picture: probably not georeferenced</source>
        <translation>imagen de vista previa: probablemente no georreferenciada</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>picture: probably not georeferenced</source>
        <translation>imagen: probablemente no georreferenciada</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="119"/>
        <source>the pystac-client that comes with the plugin needs Python {min} or later and this QGIS runs Python {python}: use a newer QGIS</source>
        <translation>el pystac-client incluido con el complemento necesita Python {min} o posterior y este QGIS usa Python {python}: use un QGIS más reciente</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="126"/>
        <source>pystac-client comes with the plugin&apos;s release zip: install the plugin from Plugins &gt; Manage and Install Plugins (or Install from ZIP with the release zip)</source>
        <translation>pystac-client viene en el zip publicado del complemento: instale el complemento desde Complementos &gt; Administrar e instalar complementos (o Instalar a partir de ZIP con el zip publicado)</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="134"/>
        <source>{listed}: run `sudo apt install {apt}` in a terminal</source>
        <translation>{listed}: ejecute `sudo apt install {apt}` en una terminal</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="139"/>
        <source>{listed}: in the OSGeo4W Shell that comes with QGIS run `setup -q -A -k -s https://download.osgeo.org/osgeo4w/v2 {o4w}`</source>
        <translation>{listed}: en la OSGeo4W Shell que viene con QGIS ejecute `setup -q -A -k -s https://download.osgeo.org/osgeo4w/v2 {o4w}`</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="146"/>
        <source> then `python -m pip install rioxarray`</source>
        <translation> y luego `python -m pip install rioxarray`</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="149"/>
        <source>{listed}: run `&quot;{python}&quot; -m pip install {packages}` in Terminal</source>
        <translation>{listed}: ejecute `&quot;{python}&quot; -m pip install {packages}` en el Terminal</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="154"/>
        <source>{listed}: install your distribution&apos;s packages ({pkgs} on most)</source>
        <translation>{listed}: instale los paquetes de su distribución ({pkgs} en la mayoría)</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="157"/>
        <source>To use all of the STAC plugin: {steps}. Then restart QGIS.</source>
        <translation>Para usar todo el complemento STAC: {steps}. Luego reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/deps.py" line="165"/>
        <source>Saving needs {missing}. {hint}</source>
        <translation>Guardar necesita {missing}. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="191"/>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="23"/>
        <source>STAC Search</source>
        <translation>Búsqueda STAC</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>STAC Processing algorithms unavailable. {hint}</source>
        <translation>Algoritmos de procesamiento STAC no disponibles. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="79"/>
        <source>Search STAC APIs for imagery and load it</source>
        <translation>Buscar imágenes en API STAC y cargarlas</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="142"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="144"/>
        <source>How to use the STAC plugin (the README&apos;s usage section)</source>
        <translation>Cómo usar el complemento STAC (la sección de uso del README)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="149"/>
        <source>STAC plugin: missing Python package(s) {names}; see the log to install them.</source>
        <translation>Complemento STAC: falta(n) paquete(s) de Python {names}; consulte el registro para instalarlos.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="162"/>
        <source>STAC Processing algorithms unavailable: {error}</source>
        <translation>Algoritmos de procesamiento STAC no disponibles: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="167"/>
        <source>Could not register the STAC Processing provider</source>
        <translation>No se pudo registrar el proveedor de procesamiento STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="96"/>
        <source> Save a connection with this URL in the STAC dock and give it the authentication configuration the API needs.</source>
        <translation> Guarde una conexión con esta URL en el panel STAC y asígnele la configuración de autenticación que necesita la API.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="100"/>
        <source> Check the authentication configuration of the saved connection {name!r}.</source>
        <translation> Compruebe la configuración de autenticación de la conexión guardada {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="124"/>
        <source>{where} stopped on an unexpected error; the details are in the STAC tab of the log panel.</source>
        <translation>{where} se detuvo por un error inesperado; los detalles están en la pestaña STAC del panel de registro.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="124"/>
        <source>The algorithm</source>
        <translation>El algoritmo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="160"/>
        <source>{name} is empty: give an http(s) address.</source>
        <translation>{name} está vacío: indique una dirección http(s).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="166"/>
        <source>{name} {url!r} is not a valid URL: {why}.</source>
        <translation>{name} {url!r} no es una URL válida: {why}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="172"/>
        <source>{name} must be an http(s) address, not {url!r}.</source>
        <translation>{name} debe ser una dirección http(s), no {url!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="192"/>
        <source>{name}: the coordinate reference system {crs!r} is unknown; give e.g. EPSG:4326.</source>
        <translation>{name}: el sistema de referencia de coordenadas {crs!r} es desconocido; indique por ejemplo EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="214"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="214"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="215"/>
        <source>{kind} from {low} to {high}</source>
        <translation>{kind} de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="225"/>
        <source>{name} must be {span}, not {raw!r}.</source>
        <translation>{name} debe ser {span}, no {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="247"/>
        <source>{name} must be true or false, not {raw!r}.</source>
        <translation>{name} debe ser verdadero o falso, no {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="261"/>
        <source>{name} must be text, not {raw!r}.</source>
        <translation>{name} debe ser texto, no {raw!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="275"/>
        <source>{name}: {value!r} is not an id (ids hold no &apos;/&apos;, &apos;\&apos; or control characters).</source>
        <translation>{name}: {value!r} no es un identificador (los identificadores no contienen '/', '\' ni caracteres de control).</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Use for example 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z or 2020-01-01/..</source>
        <translation>Use por ejemplo 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z o 2020-01-01/..</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="333"/>
        <source>{name}: {path} is a folder; give a file name.</source>
        <translation>{name}: {path} es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="339"/>
        <source>{name}: cannot write {path}: the folder {folder} is a file, not a folder.</source>
        <translation>{name}: no se puede escribir {path}: la carpeta {folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="341"/>
        <source>{name}: cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{name}: no se puede escribir {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="347"/>
        <source>{name}: cannot write {path}: {why}.</source>
        <translation>{name}: no se puede escribir {path}: {why}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="360"/>
        <source>ITEMS: the file {source} does not exist.</source>
        <translation>ITEMS: el archivo {source} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="362"/>
        <source>ITEMS: {source} is a folder; give an ItemCollection or Item GeoJSON file.</source>
        <translation>ITEMS: {source} es una carpeta; indique un archivo GeoJSON ItemCollection o Item.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="375"/>
        <source>ITEMS is empty: give an ItemCollection or Item GeoJSON file, or an item URL.</source>
        <translation>ITEMS está vacío: indique un archivo GeoJSON ItemCollection o Item, o la URL de un elemento.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="385"/>
        <source>No STAC items in {source}.</source>
        <translation>No hay elementos STAC en {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="398"/>
        <source>No item with id {id!r}; the items are: {ids}.</source>
        <translation>Ningún elemento con el identificador {id!r}; los elementos son: {ids}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="416"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="417"/>
        <source>Item {id!r} has no asset {key!r}; its assets are: {keys}.</source>
        <translation>El elemento {id!r} no tiene el asset {key!r}; sus assets son: {keys}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="428"/>
        <source>not a raster format GDAL reads</source>
        <translation>no es un formato ráster que GDAL lea</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="429"/>
        <source>Asset {key!r} of item {id!r} is not a raster: {reason}.</source>
        <translation>El asset {key!r} del elemento {id!r} no es un ráster: {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="56"/>
        <source>Download STAC assets</source>
        <translation>Descargar assets STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="59"/>
        <source>Saves raster assets of STAC items as tiled, compressed GeoTIFF files named &amp;lt;item id&amp;gt;_&amp;lt;asset key&amp;gt;.tif, reading only the blocks needed.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file, or an item URL. &lt;b&gt;Item id&lt;/b&gt;: one item; empty for all items. &lt;b&gt;Assets&lt;/b&gt;: comma-separated asset keys. &lt;b&gt;Extent&lt;/b&gt;: clip to it (any CRS); empty for whole files. &lt;b&gt;Overwrite&lt;/b&gt;: replace existing files; when off an existing file is an error and nothing is downloaded.&lt;br&gt;&lt;br&gt;Output FILES lists the files written.</source>
        <translation>Guarda assets ráster de elementos STAC como archivos GeoTIFF teselados y comprimidos llamados &amp;lt;id del elemento&amp;gt;_&amp;lt;clave del asset&amp;gt;.tif, leyendo solo los bloques necesarios.&lt;br&gt;&lt;br&gt;&lt;b&gt;Elementos&lt;/b&gt;: un archivo GeoJSON ItemCollection o Item, o la URL de un elemento. &lt;b&gt;Id del elemento&lt;/b&gt;: un elemento; vacío para todos. &lt;b&gt;Assets&lt;/b&gt;: claves de assets separadas por comas. &lt;b&gt;Extensión&lt;/b&gt;: recortar a ella (cualquier SRC); vacía para archivos completos. &lt;b&gt;Sobrescribir&lt;/b&gt;: reemplazar los archivos existentes; desactivado, un archivo existente es un error y no se descarga nada.&lt;br&gt;&lt;br&gt;La salida FILES enumera los archivos escritos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="74"/>
        <source>Item id (empty for all items)</source>
        <translation>Id del elemento (vacío para todos los elementos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="77"/>
        <source>Asset keys (comma-separated)</source>
        <translation>Claves de los assets (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="78"/>
        <source>Clip to extent</source>
        <translation>Recortar a la extensión</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="79"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="80"/>
        <source>Overwrite existing files</source>
        <translation>Sobrescribir archivos existentes</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="83"/>
        <source>Files written</source>
        <translation>Archivos escritos</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="177"/>
        <source>EXTENT is empty: give a rectangle with an area, or no extent.</source>
        <translation>EXTENT está vacía: indique un rectángulo con superficie, o ninguna extensión.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="109"/>
        <source>ASSETS is empty: give one or more asset keys, separated by commas.</source>
        <translation>ASSETS está vacío: indique una o más claves de assets, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="115"/>
        <source>FOLDER is empty: give the folder to save the files in.</source>
        <translation>FOLDER está vacío: indique la carpeta donde guardar los archivos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="170"/>
        <source> Skipped.</source>
        <translation> Omitido.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="196"/>
        <source>{target} already exists; set OVERWRITE to replace it or choose another folder.</source>
        <translation>{target} ya existe; active OVERWRITE para reemplazarlo o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="217"/>
        <source>Saving {id} {key} from {url}</source>
        <translation>Guardando {id} {key} desde {url}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_algorithm.py" line="237"/>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="34"/>
        <source>Items (ItemCollection or Item GeoJSON file, or an item URL)</source>
        <translation>Elementos (archivo GeoJSON ItemCollection o Item, o la URL de un elemento)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="34"/>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="54"/>
        <source>Load STAC asset</source>
        <translation>Cargar asset STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="57"/>
        <source>Loads one raster asset of a STAC item as a layer read straight from the asset&apos;s URL (/vsicurl/ for http(s), /vsis3/, /vsiaz/, /vsigs/ for cloud storage); nothing is downloaded beyond what is drawn.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file (e.g. saved by &lt;i&gt;Search a STAC API&lt;/i&gt;) or an item URL. &lt;b&gt;Item id&lt;/b&gt;: which item; empty for the first. &lt;b&gt;Asset&lt;/b&gt;: the asset key, such as B04 or visual; three comma-separated keys (R,G,B), &lt;i&gt;truecolor&lt;/i&gt; or &lt;i&gt;falsecolor&lt;/i&gt; for one three-band layer over the separate band files (bands found by their common names).&lt;br&gt;&lt;br&gt;The output is the layer&apos;s source, added to the project on completion.</source>
        <translation>Carga un asset ráster de un elemento STAC como capa leída directamente desde la URL del asset (/vsicurl/ para http(s), /vsis3/, /vsiaz/, /vsigs/ para almacenamiento en la nube); no se descarga nada más allá de lo que se dibuja.&lt;br&gt;&lt;br&gt;&lt;b&gt;Elementos&lt;/b&gt;: un archivo GeoJSON ItemCollection o Item (p. ej. guardado por &lt;i&gt;Buscar en una API STAC&lt;/i&gt;) o la URL de un elemento. &lt;b&gt;Id del elemento&lt;/b&gt;: qué elemento; vacío para el primero. &lt;b&gt;Asset&lt;/b&gt;: la clave del asset, como B04 o visual; tres claves separadas por comas (R,G,B), &lt;i&gt;truecolor&lt;/i&gt; o &lt;i&gt;falsecolor&lt;/i&gt; para una capa de tres bandas sobre los archivos de bandas separados (bandas encontradas por su nombre común).&lt;br&gt;&lt;br&gt;La salida es la fuente de la capa, añadida al proyecto al terminar.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="74"/>
        <source>Item id (empty for the first item)</source>
        <translation>Id del elemento (vacío para el primer elemento)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="147"/>
        <source>Asset key, three keys (R,G,B), truecolor or falsecolor</source>
        <translation>Clave del asset, tres claves (R,G,B), truecolor o falsecolor</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="84"/>
        <source>Asset layer</source>
        <translation>Capa del asset</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="99"/>
        <source>ASSET is empty: give an asset key, three keys (R,G,B), truecolor or falsecolor.</source>
        <translation>ASSET está vacío: indique una clave de asset, tres claves (R,G,B), truecolor o falsecolor.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="404"/>
        <source>Opening {url}</source>
        <translation>Abriendo {url}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/loadasset_algorithm.py" line="161"/>
        <source>Combining {keys} of {id} (R, G, B)</source>
        <translation>Combinando {keys} de {id} (R, G, B)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="80"/>
        <source>No item with id {ids}; the items are: {listed}.</source>
        <translation>Ningún elemento con el identificador {ids}; los elementos son: {listed}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="118"/>
        <source>Mosaic STAC items</source>
        <translation>Hacer un mosaico de elementos STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="121"/>
        <source>Combines the same band, or the same three-band composite, of several STAC items into one raster. Items in another CRS are reprojected on the fly (nearest neighbour); where items overlap, the one on top shows.&lt;br&gt;&lt;br&gt;&lt;b&gt;Items&lt;/b&gt;: an ItemCollection or Item GeoJSON file, or an item URL. &lt;b&gt;Item ids&lt;/b&gt;: comma-separated; empty for all items. &lt;b&gt;Asset&lt;/b&gt;: one asset key, three comma-separated keys (R,G,B), truecolor or falsecolor (bands found by their common names). &lt;b&gt;Extent&lt;/b&gt;: only items touching it are used (the others cost no request), and it bounds the mosaic. &lt;b&gt;Order&lt;/b&gt;: which item is on top. &lt;b&gt;CRS&lt;/b&gt;: empty for the CRS most items share.&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt;: a .vrt reads the remote files lazily (only the blocks a view needs); a .tif is written as a tiled GeoTIFF. COUNT is the number of items used. A .vrt names the assets&apos; URLs without any token, so assets that need one (Planetary Computer) are best written to a .tif.</source>
        <translation>Combina la misma banda, o la misma composición de tres bandas, de varios elementos STAC en un solo ráster. Los elementos en otro SRC se reproyectan al vuelo (vecino más próximo); donde los elementos se solapan, se ve el de encima.&lt;br&gt;&lt;br&gt;&lt;b&gt;Elementos&lt;/b&gt;: un archivo GeoJSON ItemCollection o Item, o la URL de un elemento. &lt;b&gt;Ids de los elementos&lt;/b&gt;: separados por comas; vacío para todos. &lt;b&gt;Asset&lt;/b&gt;: una clave de asset, tres claves separadas por comas (R,G,B), truecolor o falsecolor (bandas encontradas por su nombre común). &lt;b&gt;Extensión&lt;/b&gt;: solo se usan los elementos que la tocan (los demás no cuestan ninguna petición), y delimita el mosaico. &lt;b&gt;Orden&lt;/b&gt;: qué elemento queda encima. &lt;b&gt;SRC&lt;/b&gt;: vacío para el SRC que comparten la mayoría de los elementos.&lt;br&gt;&lt;br&gt;&lt;b&gt;Salida&lt;/b&gt;: un .vrt lee los archivos remotos bajo demanda (solo los bloques que necesita una vista); un .tif se escribe como GeoTIFF teselado. COUNT es el número de elementos usados. Un .vrt nombra las URL de los assets sin ningún token, así que los assets que lo necesitan (Planetary Computer) conviene escribirlos en un .tif.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="142"/>
        <source>Item ids (comma-separated; empty for all)</source>
        <translation>Ids de los elementos (separados por comas; vacío para todos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="171"/>
        <source>Extent</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="155"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="160"/>
        <source>CRS (empty for the most common)</source>
        <translation>SRC (vacío para el más común)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="163"/>
        <source>Mosaic (.vrt: lazy remote reads; .tif: GeoTIFF)</source>
        <translation>Mosaico (.vrt: lecturas remotas bajo demanda; .tif: GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="168"/>
        <source>Items used</source>
        <translation>Elementos usados</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="196"/>
        <source>ORDER must be 0 to {n}.</source>
        <translation>ORDER debe estar entre 0 y {n}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="237"/>
        <source>OUTPUT must end in .vrt (lazy remote reads) or .tif (a GeoTIFF), not {output!r}.</source>
        <translation>OUTPUT debe terminar en .vrt (lecturas remotas bajo demanda) o .tif (un GeoTIFF), no {output!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="251"/>
        <source>CRS is not a valid coordinate reference system.</source>
        <translation>CRS no es un sistema de referencia de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="276"/>
        <source>No item touches EXTENT; nothing to mosaic.</source>
        <translation>Ningún elemento toca EXTENT; no hay nada para el mosaico.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="201"/>
        <source>Mosaic of {n} item(s), {order}</source>
        <translation>Mosaico de {n} elemento(s), {order}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/mosaic_algorithm.py" line="305"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="26"/>
        <source>STAC (SpatioTemporal Asset Catalogs)</source>
        <translation>STAC (catálogos de assets espaciotemporales)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="91"/>
        <source>The API has no collection {names}; its collections are: {listed}.</source>
        <translation>La API no tiene la colección {names}; sus colecciones son: {listed}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="126"/>
        <source>Search a STAC API</source>
        <translation>Buscar en una API STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="129"/>
        <source>Searches a STAC API and writes one polygon per item (EPSG:4326) with its id, collection, datetime, cloud cover and platform.&lt;br&gt;&lt;br&gt;&lt;b&gt;URL&lt;/b&gt;: the API&apos;s landing page, or a static catalog&apos;s &lt;i&gt;catalog.json&lt;/i&gt; or &lt;i&gt;collection.json&lt;/i&gt; (its links are followed and the area, dates, collections and cloud cover filtered here). &lt;b&gt;Collections&lt;/b&gt;: comma-separated ids, empty for all. &lt;b&gt;Extent&lt;/b&gt; or &lt;b&gt;Point&lt;/b&gt; (any CRS) limit the area; the extent wins when both are given. &lt;b&gt;Date/time&lt;/b&gt;: an interval such as 2020-03-20/2020-03-30 (.. for an open end). &lt;b&gt;Maximum cloud cover&lt;/b&gt;: 0-100 %. &lt;b&gt;Maximum items&lt;/b&gt;: the search stops after that many. &lt;b&gt;Sort by&lt;/b&gt;: comma-separated fields, each optionally prefixed - (descending) or +, e.g. -eo:cloud_cover,datetime; sorted by the API when it supports sorting, otherwise the items fetched are sorted (and the log says so). &lt;b&gt;Filter&lt;/b&gt;: CQL2-text (e.g. platform = &apos;sentinel-2a&apos;) or CQL2-JSON, combined by AND with the cloud cover, dates and area.&lt;br&gt;&lt;br&gt;Optionally saves the items as a GeoJSON ItemCollection for &lt;i&gt;Load STAC asset&lt;/i&gt; and &lt;i&gt;Download STAC assets&lt;/i&gt;. Outputs MATCHED (the server&apos;s total, -1 when it does not say) and COUNT (the items written).</source>
        <translation>Busca en una API STAC y escribe un polígono por elemento (EPSG:4326) con su identificador, colección, fecha y hora, nubosidad y plataforma.&lt;br&gt;&lt;br&gt;&lt;b&gt;URL&lt;/b&gt;: la página de inicio de la API, o el &lt;i&gt;catalog.json&lt;/i&gt; o &lt;i&gt;collection.json&lt;/i&gt; de un catálogo estático (se siguen sus enlaces y el área, las fechas, las colecciones y la nubosidad se filtran aquí). &lt;b&gt;Colecciones&lt;/b&gt;: identificadores separados por comas, vacío para todas. &lt;b&gt;Extensión&lt;/b&gt; o &lt;b&gt;Punto&lt;/b&gt; (cualquier SRC) limitan el área; si se dan ambos, prevalece la extensión. &lt;b&gt;Fecha/hora&lt;/b&gt;: un intervalo como 2020-03-20/2020-03-30 (.. para un extremo abierto). &lt;b&gt;Nubosidad máxima&lt;/b&gt;: 0-100 %. &lt;b&gt;Número máximo de elementos&lt;/b&gt;: la búsqueda se detiene tras ese número. &lt;b&gt;Ordenar por&lt;/b&gt;: campos separados por comas, cada uno opcionalmente precedido de - (descendente) o +, p. ej. -eo:cloud_cover,datetime; lo ordena la API si sabe ordenar; si no, se ordenan los elementos obtenidos (y el registro lo indica). &lt;b&gt;Filtro&lt;/b&gt;: CQL2-text (p. ej. platform = 'sentinel-2a') o CQL2-JSON, combinado con AND con la nubosidad, las fechas y el área.&lt;br&gt;&lt;br&gt;Opcionalmente guarda los elementos como GeoJSON ItemCollection para &lt;i&gt;Cargar asset STAC&lt;/i&gt; y &lt;i&gt;Descargar assets STAC&lt;/i&gt;. Devuelve MATCHED (el total del servidor, -1 si no lo indica) y COUNT (los elementos escritos).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="159"/>
        <source>STAC API URL</source>
        <translation>URL de la API STAC</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="163"/>
        <source>Collections (comma-separated, empty for all)</source>
        <translation>Colecciones (separadas por comas, vacío para todas)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="172"/>
        <source>Point (ignored when an extent is given)</source>
        <translation>Punto (se ignora si se indica una extensión)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="180"/>
        <source>Date/time interval (e.g. 2020-03-20/2020-03-30)</source>
        <translation>Intervalo de fecha/hora (p. ej. 2020-03-20/2020-03-30)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="185"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Nubosidad máxima (%)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="195"/>
        <source>Maximum items</source>
        <translation>Número máximo de elementos</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="204"/>
        <source>Sort by (e.g. -eo:cloud_cover,datetime)</source>
        <translation>Ordenar por (p. ej. -eo:cloud_cover,datetime)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="209"/>
        <source>CQL2 filter (text or JSON)</source>
        <translation>Filtro CQL2 (texto o JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="217"/>
        <source>Footprints</source>
        <translation>Huellas</translation>
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
        <translation>Elementos encontrados por el servidor (-1: desconocido)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="234"/>
        <source>Items written</source>
        <translation>Elementos escritos</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="273"/>
        <source>EXTENT has no area: give a rectangle with an area, or none.</source>
        <translation>EXTENT no tiene superficie: indique un rectángulo con superficie, o ninguno.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="295"/>
        <source>MAX_ITEMS must be a whole number from 1 to {n}.</source>
        <translation>MAX_ITEMS debe ser un número entero de 1 a {n}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="311"/>
        <source>EXTENT lies outside the world: {extent} in {crs}.</source>
        <translation>EXTENT está fuera del mundo: {extent} en {crs}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="331"/>
        <source>POINT lies outside the world (longitude {lon}, latitude {lat} in {crs}).</source>
        <translation>POINT está fuera del mundo (longitud {lon}, latitud {lat} en {crs}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="407"/>
        <source>Using the login of the saved connection {name!r}</source>
        <translation>Usando el inicio de sesión de la conexión guardada {name!r}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="420"/>
        <source>{url} is a static catalog without search: {how}.</source>
        <translation>{url} es un catálogo estático sin búsqueda: {how}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="426"/>
        <source>Cloud cover filter applied by: {mode}</source>
        <translation>Filtro de nubosidad aplicado por: {mode}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="428"/>
        <source>Sorted by the API: {sortby}</source>
        <translation>Ordenado por la API: {sortby}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="457"/>
        <source>This catalog cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, not the whole matching set.</source>
        <translation>Este catálogo no sabe ordenar: los {n} elementos obtenidos se ordenaron por {sortby} en QGIS, no todo el conjunto de coincidencias.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="457"/>
        <source>This API cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, not the whole matching set.</source>
        <translation>Esta API no sabe ordenar: los {n} elementos obtenidos se ordenaron por {sortby} en QGIS, no todo el conjunto de coincidencias.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="369"/>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <location filename="../plugin/processing/search_algorithm.py" line="370"/>
        <source>{n} items written; the server matched {said}.</source>
        <translation>{n} elementos escritos; el servidor encontró {said}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/url_widget.py" line="34"/>
        <source>A saved connection of the STAC dock, or any STAC API URL</source>
        <translation>Una conexión guardada del panel STAC, o cualquier URL de API STAC</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="32"/>
        <source>Saving cancelled; no partial file was left.</source>
        <translation>Guardado cancelado; no quedó ningún archivo parcial.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="33"/>
        <source>Adding layers cancelled.</source>
        <translation>Adición de capas cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="46"/>
        <source>{n} file(s) to replace are open as layers ({names}); remove those layers first, or skip the existing files.</source>
        <translation>{n} archivo(s) a reemplazar están abiertos como capas ({names}); quite primero esas capas u omita los archivos existentes.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="35"/>
        <source>Saving… %p%</source>
        <translation>Guardando… %p%</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="34"/>
        <source>Opening layers… %p%</source>
        <translation>Abriendo capas… %p%</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="35"/>
        <source>Cancel saving</source>
        <translation>Cancelar el guardado</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="34"/>
        <source>Cancel adding layers</source>
        <translation>Cancelar la adición de capas</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="208"/>
        <source>Select items and check one or more raster assets first.</source>
        <translation>Seleccione primero elementos y marque uno o más assets ráster.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="192"/>
        <source>{n} asset(s) could not be opened as rasters; see the log for details.</source>
        <translation>{n} asset(s) no se pudieron abrir como rásteres; vea el registro para más detalles.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="201"/>
        <source>Added {n} layer(s).</source>
        <translation>{n} capa(s) añadida(s).</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="216"/>
        <source>Files Exist</source>
        <translation>Los archivos existen</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="216"/>
        <source>{n} file(s) already exist:
{names}

Replace them?</source>
        <translation>{n} archivo(s) ya existen:
{names}

¿Reemplazarlos?</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="225"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="226"/>
        <source>Skip existing</source>
        <translation>Omitir los existentes</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="250"/>
        <source>A save is already running.</source>
        <translation>Ya hay un guardado en curso.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="269"/>
        <source>Nothing to save: every file exists already.</source>
        <translation>Nada que guardar: todos los archivos ya existen.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="284"/>
        <source>{n} layer(s) reading {name} could not be reloaded after it was replaced; remove them and add the file again.</source>
        <translation>{n} capa(s) que leen {name} no se pudieron recargar tras reemplazarlo; quítelas y vuelva a añadir el archivo.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="298"/>
        <source>Saved {n} file(s) to {folder}.</source>
        <translation>{n} archivo(s) guardado(s) en {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="312"/>
        <source>{n} saved file(s) could not be added to the map.</source>
        <translation>{n} archivo(s) guardado(s) no se pudieron añadir al mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="108"/>
        <source>NASA Earthdata login</source>
        <translation>Inicio de sesión de NASA Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="68"/>
        <source>Planetary Computer SAS token</source>
        <translation>Token SAS de Planetary Computer</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="41"/>
        <source>AWS key pair (requester-pays S3 buckets)</source>
        <translation>Par de claves de AWS (buckets S3 requester-pays)</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="33"/>
        <source>Copernicus Data Space S3 key pair</source>
        <translation>Par de claves S3 de Copernicus Data Space</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="86"/>
        <source>Edit STAC Connection</source>
        <translation>Editar conexión STAC</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="86"/>
        <source>New STAC Connection</source>
        <translation>Nueva conexión STAC</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="125"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="126"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="127"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="192"/>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="194"/>
        <source>A connection named “{name}” already exists.</source>
        <translation>Ya existe una conexión llamada «{name}».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="122"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="268"/>
        <source>Remove Connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="268"/>
        <source>Remove the connection “{name}”?</source>
        <translation>¿Eliminar la conexión «{name}»?</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="361"/>
        <source>Add a STAC API connection first.</source>
        <translation>Añada primero una conexión a una API STAC.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>Connecting to {name}…</source>
        <translation>Conectando con {name}…</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="163"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="326"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>Stop connecting</source>
        <translation>Detener la conexión</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>Read the API&apos;s landing page and list its collections</source>
        <translation>Leer la página de inicio de la API y listar sus colecciones</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="354"/>
        <source>Not connected: {message}</source>
        <translation>No conectado: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la de fin.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="483"/>
        <source>Search failed: {message}</source>
        <translation>Falló la búsqueda: {message}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="498"/>
        <source>{n} without geometry (no footprint)</source>
        <translation>{n} sin geometría (sin huella)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="500"/>
        <source>{n} without date</source>
        <translation>{n} sin fecha</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="502"/>
        <source>{n} skipped as not STAC items</source>
        <translation>{n} omitido(s) por no ser elementos STAC</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="507"/>
        <source>Some results are incomplete: {parts}.</source>
        <translation>Algunos resultados están incompletos: {parts}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="521"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="522"/>
        <source>Stop the search in flight</source>
        <translation>Detener la búsqueda en curso</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="522"/>
        <source>Search the selected API</source>
        <translation>Buscar en la API seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="549"/>
        <source>{count} of {matched} matched</source>
        <translation>{count} de {matched} encontrados</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="553"/>
        <source>{count} items (total matched not reported by this API)</source>
        <translation>{count} elementos (total no indicado por esta API)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="555"/>
        <source> · static catalog, filtered by the plugin</source>
        <translation> · catálogo estático, filtrado por el complemento</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="557"/>
        <source> · loading more…</source>
        <translation> · cargando más…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="559"/>
        <source>Cancelled · {text}</source>
        <translation>Cancelado · {text}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="561"/>
        <source>No items match: {hint}</source>
        <translation>Ningún elemento coincide: {hint}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="567"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="572"/>
        <source>Connected: {n} collections</source>
        <translation>Conectado: {n} colecciones</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="578"/>
        <source>widen the dates</source>
        <translation>amplíe las fechas</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="580"/>
        <source>raise Max cloud</source>
        <translation>aumente Nubes máx.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>tick more collections</source>
        <translation>marque más colecciones</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="583"/>
        <source>zoom out</source>
        <translation>aleje el mapa</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="583"/>
        <source>pick another point</source>
        <translation>elija otro punto</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="586"/>
        <source>{some} or {last}</source>
        <translation>{some} o {last}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="596"/>
        <source>Cloud limit applied by the plugin: this API cannot filter on cloud cover</source>
        <translation>Límite de nubes aplicado por el complemento: esta API no sabe filtrar por nubosidad</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="599"/>
        <source>; {n} item(s) without a cloud cover left out</source>
        <translation>; {n} elemento(s) sin nubosidad excluido(s)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="601"/>
        <source>; the matched count is before the cloud limit</source>
        <translation>; el número encontrado es anterior al límite de nubes</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="669"/>
        <source>Save Results</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="682"/>
        <source>There are no results to save.</source>
        <translation>No hay resultados que guardar.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="684"/>
        <source>Saved {n} item(s) to {path}.</source>
        <translation>{n} elemento(s) guardado(s) en {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="743"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="745"/>
        <source>Searching… 1 item so far</source>
        <translation>Buscando… 1 elemento hasta ahora</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="746"/>
        <source>Searching… {n} items so far</source>
        <translation>Buscando… {n} elementos hasta ahora</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="35"/>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="47"/>
        <source>STAC queryables</source>
        <translation>Campos consultables STAC</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="107"/>
        <source>exact text, or a pattern with %</source>
        <translation>texto exacto, o un patrón con %</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="163"/>
        <source>Catalog filter (CQL2)</source>
        <translation>Filtro del catálogo (CQL2)</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="166"/>
        <source>Filters on the properties the API lists as queryable, combined by AND with the dates, cloud limit and area</source>
        <translation>Filtra por las propiedades que la API declara consultables, combinado con AND con las fechas, el límite de nubes y el área</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="169"/>
        <source>Connect to list what this API can filter on.</source>
        <translation>Conéctese para listar por qué puede filtrar esta API.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="176"/>
        <source>More (CQL2-text or CQL2-JSON):</source>
        <translation>Más (CQL2-text o CQL2-JSON):</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="179"/>
        <source>e.g. platform = &apos;sentinel-2a&apos; AND view:sun_elevation &gt; 30</source>
        <translation>p. ej. platform = 'sentinel-2a' AND view:sun_elevation &gt; 30</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="203"/>
        <source>This API lists no queryables; the CQL2 editor still works if it filters.</source>
        <translation>Esta API no lista campos consultables; el editor CQL2 funciona igualmente si filtra.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="218"/>
        <source>{n} queryable(s) from {url}</source>
        <translation>{n} campo(s) consultable(s) de {url}</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="218"/>
        <source>{url} lists nothing beyond dates, cloud cover and area.</source>
        <translation>{url} no lista nada aparte de las fechas, la nubosidad y el área.</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="233"/>
        <source>Queryables not available: {message}</source>
        <translation>Campos consultables no disponibles: {message}</translation>
    </message>
    <message>
        <location filename="../ui/filter_builder.py" line="257"/>
        <source>Filter: {cql2}</source>
        <translation>Filtro: {cql2}</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="43"/>
        <source>STAC footprints</source>
        <translation>Huellas STAC</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>no cloud cover</source>
        <translation>sin nubosidad</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>0-10 % cloud</source>
        <translation>0-10 % de nubes</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>10-30 % cloud</source>
        <translation>10-30 % de nubes</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>30-60 % cloud</source>
        <translation>30-60 % de nubes</translation>
    </message>
    <message>
        <location filename="../ui/footprints_layer.py" line="50"/>
        <source>60-100 % cloud</source>
        <translation>60-100 % de nubes</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="74"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="74"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="76"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="94"/>
        <source>{n} items selected</source>
        <translation>{n} elementos seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="94"/>
        <source>showing {id}</source>
        <translation>mostrando {id}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="135"/>
        <source>Raster in {n} of {total} selected items
{href}</source>
        <translation>Ráster en {n} de {total} elementos seleccionados
{href}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="146"/>
        <source>Cannot be loaded as a raster: {reason}</source>
        <translation>No se puede cargar como ráster: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/item_details.py" line="146"/>
        <source>not a raster GDAL reads</source>
        <translation>no es un ráster que GDAL lea</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>Each band as a layer</source>
        <translation>Cada banda como capa</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>True colour (red, green, blue)</source>
        <translation>Color natural (rojo, verde, azul)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>False colour (nir, red, green)</source>
        <translation>Falso color (nir, rojo, verde)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="50"/>
        <source>Ticked bands as R, G, B</source>
        <translation>Bandas marcadas como R, G, B</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="57"/>
        <source>VRT (read remotely)</source>
        <translation>VRT (leído en remoto)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="57"/>
        <source>GeoTIFF file…</source>
        <translation>Archivo GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="58"/>
        <source>Mosaic cancelled; no partial file was left.</source>
        <translation>Mosaico cancelado; no quedó ningún archivo parcial.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="59"/>
        <source>Composites cancelled.</source>
        <translation>Composiciones canceladas.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="138"/>
        <source>What Add to map (and a mosaic) makes of the selected items: each checked band as its own layer, or one three-band layer (a VRT over the remote bands, nothing downloaded)</source>
        <translation>Lo que Añadir al mapa (y un mosaico) hace con los elementos seleccionados: cada banda marcada como su propia capa, o una capa de tres bandas (un VRT sobre las bandas remotas, sin descargar nada)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="145"/>
        <source>Add as</source>
        <translation>Añadir como</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="148"/>
        <source>Mosaic selected items</source>
        <translation>Mosaico de los elementos seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="149"/>
        <source>One layer of the selected items over the map extent, in the CRS most of them share</source>
        <translation>Una capa de los elementos seleccionados sobre la extensión del mapa, en el SRC que comparten la mayoría</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="154"/>
        <source>Which item shows where items overlap</source>
        <translation>Qué elemento se ve donde los elementos se solapan</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="157"/>
        <source>A VRT reads only the blocks the view needs from the remote files; a GeoTIFF is written to disk, window by window</source>
        <translation>Un VRT lee de los archivos remotos solo los bloques que necesita la vista; un GeoTIFF se escribe en disco, ventana a ventana</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="207"/>
        <source>Tick three bands for R, G and B, in that order ({n} ticked).</source>
        <translation>Marque tres bandas para R, G y B, en ese orden ({n} marcada(s)).</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="212"/>
        <source>Tick one band to mosaic ({n} ticked), or choose a composite under Add as.</source>
        <translation>Marque una banda para el mosaico ({n} marcada(s)), o elija una composición en Añadir como.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="225"/>
        <source>tick 3 bands in R, G, B order ({n} ticked)</source>
        <translation>marque 3 bandas en el orden R, G, B ({n} marcada(s))</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="260"/>
        <source>Select one or more items first.</source>
        <translation>Seleccione primero uno o más elementos.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="291"/>
        <source>{n} composites could not be made: {first}</source>
        <translation>No se pudieron crear {n} composiciones: {first}</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="295"/>
        <source>Added {n} composite layer(s).</source>
        <translation>{n} capa(s) de composición añadida(s).</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="303"/>
        <source>The map has no extent to mosaic over.</source>
        <translation>El mapa no tiene extensión sobre la que hacer el mosaico.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="309"/>
        <source>Save Mosaic</source>
        <translation>Guardar mosaico</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="309"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="317"/>
        <source>File Exists</source>
        <translation>El archivo existe</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="317"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="329"/>
        <source>A mosaic is already being made.</source>
        <translation>Ya se está creando un mosaico.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="332"/>
        <source>Select the items to mosaic first.</source>
        <translation>Seleccione primero los elementos del mosaico.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="344"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="361"/>
        <source>Mosaic Selected Items</source>
        <translation>Mosaico de los elementos seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="370"/>
        <source>; {n} item(s) outside the map extent left out</source>
        <translation>; {n} elemento(s) fuera de la extensión del mapa excluido(s)</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="371"/>
        <source>Added {name}{note}.</source>
        <translation>{name}{note} añadido.</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="63"/>
        <source>Mosaic… %p%</source>
        <translation>Mosaico… %p%</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="60"/>
        <source>Composites… %p%</source>
        <translation>Composiciones… %p%</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="56"/>
        <source>Zoom to Item</source>
        <translation>Zoom al elemento</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="56"/>
        <source>Zoom to Items</source>
        <translation>Zoom a los elementos</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="60"/>
        <source>Show Footprints Layer</source>
        <translation>Mostrar la capa de huellas</translation>
    </message>
    <message>
        <location filename="../ui/results_menu.py" line="64"/>
        <source>Remove Footprints Layer</source>
        <translation>Eliminar la capa de huellas</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Date-time</source>
        <translation>Fecha-hora</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Cloud %</source>
        <translation>Nubes %</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/results_model.py" line="24"/>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../ui/results_view.py" line="28"/>
        <source>Click to sort; drag an edge to resize, a header to move its column</source>
        <translation>Haga clic para ordenar; arrastre un borde para redimensionar, un encabezado para mover su columna</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="40"/>
        <source>Save Assets</source>
        <translation>Guardar assets</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="48"/>
        <source>Whole assets</source>
        <translation>Assets completos</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="49"/>
        <source>Clipped to the map extent (named &lt;item&gt;_&lt;asset&gt;_clipped.tif)</source>
        <translation>Recortados a la extensión del mapa (llamados &lt;item&gt;_&lt;asset&gt;_clipped.tif)</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="52"/>
        <source>Add to the map when done</source>
        <translation>Añadir al mapa al terminar</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="61"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="64"/>
        <source>Save {n} asset(s) as GeoTIFF files (named &lt;item&gt;_&lt;asset&gt;.tif).</source>
        <translation>Guardar {n} asset(s) como archivos GeoTIFF (llamados &lt;item&gt;_&lt;asset&gt;.tif).</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="101"/>
        <source>This folder does not exist yet; you will be asked to create it.</source>
        <translation>Esta carpeta aún no existe; se le pedirá crearla.</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="116"/>
        <source>Create Folder</source>
        <translation>Crear carpeta</translation>
    </message>
    <message>
        <location filename="../ui/save_dialog.py" line="116"/>
        <source>The folder {folder} does not exist. Create it?</source>
        <translation>La carpeta {folder} no existe. ¿Crearla?</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="51"/>
        <source>The search area cannot be converted from {crs} to EPSG:4326</source>
        <translation>El área de búsqueda no se puede convertir de {crs} a EPSG:4326</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="97"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="101"/>
        <source>0 searches items containing the point; more searches a circle this many metres around it</source>
        <translation>0 busca los elementos que contienen el punto; más busca un círculo de tantos metros a su alrededor</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="116"/>
        <source>Drawn polygon</source>
        <translation>Polígono dibujado</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="120"/>
        <source>Draw on map</source>
        <translation>Dibujar en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="122"/>
        <source>Click the corners on the map; right-click or double-click to finish</source>
        <translation>Haga clic en las esquinas en el mapa; clic derecho o doble clic para terminar</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="123"/>
        <source>no polygon yet</source>
        <translation>aún no hay polígono</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="124"/>
        <source>Selected features</source>
        <translation>Objetos espaciales seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="129"/>
        <source>The selected features of this layer are the search area</source>
        <translation>Los objetos espaciales seleccionados de esta capa son el área de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="159"/>
        <source>no valid map extent</source>
        <translation>no hay una extensión de mapa válida</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="161"/>
        <source>West, south, east, north in EPSG:4326 degrees: the search bbox</source>
        <translation>Oeste, sur, este, norte en grados EPSG:4326: la bbox de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="199"/>
        <source>{n} vertices</source>
        <translation>{n} vértices</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="208"/>
        <source>Choose a vector layer whose selected features are the search area.</source>
        <translation>Elija una capa vectorial cuyos objetos espaciales seleccionados sean el área de búsqueda.</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="211"/>
        <source>Select one or more features of the layer {name!r} first.</source>
        <translation>Seleccione primero uno o más objetos espaciales de la capa {name!r}.</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="271"/>
        <source>Draw a polygon on the map first (or search the map extent).</source>
        <translation>Dibuje primero un polígono en el mapa (o busque en la extensión del mapa).</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="276"/>
        <source>Pick a point on the map first (or search the map extent).</source>
        <translation>Elija primero un punto en el mapa (o busque en la extensión del mapa).</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="226"/>
        <source>map extent</source>
        <translation>extensión del mapa</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="288"/>
        <source>drawn polygon</source>
        <translation>polígono dibujado</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="292"/>
        <source>{n} selected feature(s)</source>
        <translation>{n} objeto(s) espacial(es) seleccionado(s)</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="294"/>
        <source>point + {metres} m</source>
        <translation>punto + {metres} m</translation>
    </message>
    <message>
        <location filename="../ui/search_area.py" line="294"/>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Clearest first</source>
        <translation>Menos nubosos primero</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>Cloudiest first</source>
        <translation>Más nubosos primero</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="27"/>
        <source>API order</source>
        <translation>Orden de la API</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>Copy the search as Python</source>
        <translation>Copiar la búsqueda como Python</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and open the checked assets (rioxarray)</source>
        <translation>… y abrir los assets marcados (rioxarray)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and save the checked assets (rioxarray)</source>
        <translation>… y guardar los assets marcados (rioxarray)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and save them clipped to the map extent</source>
        <translation>… y guardarlos recortados a la extensión del mapa</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="40"/>
        <source>… and load them as a mosaic (odc-stac, Dask)</source>
        <translation>… y cargarlos como mosaico (odc-stac, Dask)</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="87"/>
        <source>Sent to the API as sortby, so the first page holds the newest or clearest scenes of the whole match; APIs that cannot sort get the items fetched sorted in QGIS</source>
        <translation>Se envía a la API como sortby, para que la primera página contenga las escenas más recientes o menos nubosas de todas las coincidencias; en las API que no saben ordenar, los elementos obtenidos se ordenan en QGIS</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="94"/>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="107"/>
        <source>Copy as Python</source>
        <translation>Copiar como Python</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="108"/>
        <source>Copy a script that repeats this search (and the checked assets) with pystac-client and rioxarray</source>
        <translation>Copiar un script que repite esta búsqueda (y los assets marcados) con pystac-client y rioxarray</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="162"/>
        <source>This API cannot sort: the {n} items loaded of the match are sorted in QGIS.</source>
        <translation>Esta API no sabe ordenar: los {n} elementos cargados de las coincidencias se ordenan en QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="164"/>
        <source>This API cannot sort: the {n} items loaded are sorted in QGIS.</source>
        <translation>Esta API no sabe ordenar: los {n} elementos cargados se ordenan en QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="195"/>
        <source>Connect and search first: the script repeats the current search.</source>
        <translation>Conéctese y busque primero: el script repite la búsqueda actual.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="203"/>
        <source>Select items and check the assets the script should use.</source>
        <translation>Seleccione elementos y marque los assets que debe usar el script.</translation>
    </message>
    <message>
        <location filename="../ui/search_extras.py" line="228"/>
        <source>Python script copied to the clipboard.</source>
        <translation>Script de Python copiado al portapapeles.</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="30"/>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="32"/>
        <source>from {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="34"/>
        <source>until {date}</source>
        <translation>hasta {date}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="49"/>
        <source>cloud &lt; {value} %</source>
        <translation>nubes &lt; {value} %</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="56"/>
        <source>{n} collections</source>
        <translation>{n} colecciones</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="68"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="86"/>
        <source>Drag to share the height between the panels</source>
        <translation>Arrastre para repartir la altura entre los paneles</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>The start date is in the future: there is no imagery yet.</source>
        <translation>La fecha de inicio está en el futuro: aún no hay imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="228"/>
        <source>no point picked</source>
        <translation>ningún punto elegido</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="231"/>
        <source>point {lon}, {lat}</source>
        <translation>punto {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="246"/>
        <source>{summary}
Click to change the search</source>
        <translation>{summary}
Haga clic para cambiar la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search_form.py" line="248"/>
        <source>{summary}
Click to hide the search options</source>
        <translation>{summary}
Haga clic para ocultar las opciones de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="291"/>
        <source>larger than {n} MB</source>
        <translation>más de {n} MB</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="316"/>
        <source>not a PNG or JPEG image</source>
        <translation>no es una imagen PNG o JPEG</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="376"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="377"/>
        <source>Show a thumbnail of each result (fetched for the rows in view)</source>
        <translation>Mostrar una miniatura de cada resultado (obtenida para las filas visibles)</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="504"/>
        <source>Thumbnails are switched off.</source>
        <translation>Las miniaturas están desactivadas.</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="506"/>
        <source>No preview for this item.</source>
        <translation>No hay vista previa para este elemento.</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="511"/>
        <source>Preview not available ({error}).</source>
        <translation>Vista previa no disponible ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/thumbnails.py" line="512"/>
        <source>Loading preview…</source>
        <translation>Cargando vista previa…</translation>
    </message>
    <message>
        <location filename="../plugin/layer_tasks.py" line="68"/>
        <source>Save STAC mosaic ({bands}) to {name}</source>
        <translation>Guardar el mosaico STAC ({bands}) en {name}</translation>
    </message>
    <message>
        <location filename="../plugin/layer_tasks.py" line="115"/>
        <source>The saved mosaic {path} cannot be opened</source>
        <translation>No se puede abrir el mosaico guardado {path}</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="51"/>
        <source>GDAL cannot open it as a raster</source>
        <translation>GDAL no puede abrirlo como ráster</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="53"/>
        <source>{href} is not a valid raster layer: {why}</source>
        <translation>{href} no es una capa ráster válida: {why}</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="201"/>
        <source>Read from a local file: {path}</source>
        <translation>Leído de un archivo local: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="245"/>
        <source>GDAL cannot open the VRT</source>
        <translation>GDAL no puede abrir el VRT</translation>
    </message>
    <message>
        <location filename="../plugin/layers.py" line="246"/>
        <source>{name} could not be opened: {why}</source>
        <translation>No se pudo abrir {name}: {why}</translation>
    </message>
    <message>
        <location filename="../plugin/picture_tasks.py" line="88"/>
        <source>Build STAC mosaic ({bands})</source>
        <translation>Construir el mosaico STAC ({bands})</translation>
    </message>
    <message>
        <location filename="../plugin/picture_tasks.py" line="88"/>
        <source>Build STAC composite ({bands})</source>
        <translation>Construir la composición STAC ({bands})</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="259"/>
        <source>Open STAC API {name}</source>
        <translation>Abrir la API STAC {name}</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="292"/>
        <source>STAC search</source>
        <translation>Búsqueda STAC</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="336"/>
        <source>STAC search: next page</source>
        <translation>Búsqueda STAC: página siguiente</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="361"/>
        <source>Save {n} STAC asset(s)</source>
        <translation>Guardar {n} asset(s) STAC</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="397"/>
        <source>Open {n} STAC raster(s)</source>
        <translation>Abrir {n} ráster(es) STAC</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="181"/>
        <source>STAC</source>
        <translation>STAC</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="19"/>
        <source>a Copernicus Data Space S3 key pair</source>
        <translation>un par de claves S3 de Copernicus Data Space</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="36"/>
        <source>CDSE S3 access key</source>
        <translation>clave de acceso S3 de CDSE</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="36"/>
        <source>CDSE S3 secret key</source>
        <translation>clave secreta S3 de CDSE</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="48"/>
        <source>a NASA Earthdata login</source>
        <translation>un inicio de sesión de NASA Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="111"/>
        <source>Earthdata username</source>
        <translation>nombre de usuario de Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="111"/>
        <source>Earthdata password</source>
        <translation>contraseña de Earthdata</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="69"/>
        <source>a Planetary Computer SAS token</source>
        <translation>un token SAS de Planetary Computer</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="71"/>
        <source>Planetary Computer subscription key</source>
        <translation>clave de suscripción de Planetary Computer</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="43"/>
        <source>AWS access key ID</source>
        <translation>ID de clave de acceso de AWS</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="43"/>
        <source>AWS secret access key</source>
        <translation>clave de acceso secreta de AWS</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} has more than two parts (start/end).</source>
        <translation>{text!r} tiene más de dos partes (inicio/fin).</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date.</source>
        <translation>{part!r} no es una fecha.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} gives no date.</source>
        <translation>{text!r} no da ninguna fecha.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{text!r} has two open ends.</source>
        <translation>{text!r} tiene los dos extremos abiertos.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>Two assets would be saved as {target}: {first} and {second} (the same item id in two collections?)</source>
        <translation>Dos assets se guardarían como {target}: {first} y {second} (¿el mismo id de elemento en dos colecciones?)</translation>
    </message>
    <message>
        <location filename="../plugin/settings.py" line="207"/>
        <source>Setting {name} ignored: {value!r}</source>
        <translation>Ajuste {name} ignorado: {value!r}</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="186"/>
        <source>The assets are read without a login.</source>
        <translation>Los assets se leen sin inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="54"/>
        <source>Cumulative count cut (2-98 %)</source>
        <translation>Corte del conteo acumulativo (2-98 %)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="55"/>
        <source>Minimum / maximum</source>
        <translation>Mín / máx</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="57"/>
        <source>None: QGIS&apos;s own default for new rasters</source>
        <translation>Ninguna: el valor predeterminado de QGIS para ráster nuevos</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="81"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="81"/>
        <source>How long one request (search, collections, raster read) may take before it fails</source>
        <translation>Cuánto puede tardar una petición (búsqueda, colecciones, lectura de ráster) antes de fallar</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="83"/>
        <source> items</source>
        <translation> elementos</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="83"/>
        <source>Items each search request asks the API for (its page size); the dock&apos;s Max items still caps the total, and some APIs send fewer</source>
        <translation>Elementos que cada petición de búsqueda pide a la API (tamaño de página); «Elementos máx.» del panel sigue limitando el total, y algunas API envían menos</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="86"/>
        <source> rasters</source>
        <translation> ráster</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="86"/>
        <source>Rasters opened at the same time when layers, composites or mosaics are added (and static-catalog documents read at once)</source>
        <translation>Ráster abiertos a la vez al añadir capas, composiciones o mosaicos (y documentos de catálogo estático leídos a la vez)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="89"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="89"/>
        <source>Memory the thumbnails and previews of results may take; beyond it the least recently shown are dropped (QGIS&apos;s network cache may still hold their download)</source>
        <translation>Memoria que pueden ocupar las miniaturas y vistas previas de los resultados; por encima, se descartan las mostradas hace más tiempo (la caché de red de QGIS aún puede guardar su descarga)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="93"/>
        <source>Show one beside each result</source>
        <translation>Mostrar una junto a cada resultado</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="95"/>
        <source>Fetched only for the rows in view; also switched in the dock</source>
        <translation>Se obtienen solo para las filas visibles; también se activan en el panel</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="99"/>
        <source>Contrast stretch of new layers, estimated on an overview (no full-resolution read)</source>
        <translation>Mejora de contraste de las capas nuevas, estimada sobre una vista general (sin lectura a resolución completa)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="103"/>
        <source>Restore Defaults</source>
        <translation>Restaurar predeterminados</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>STAC requests</source>
        <translation>Peticiones STAC</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Items per request</source>
        <translation>Elementos por petición</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Opened in parallel</source>
        <translation>Abiertos en paralelo</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Stretch of new layers</source>
        <translation>Contraste de capas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Result thumbnails</source>
        <translation>Miniaturas de los resultados</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="110"/>
        <source>Memory cache</source>
        <translation>Caché en memoria</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="128"/>
        <source>Defaults of STAC Imagery Search: the dock, the Processing algorithms and new layers use them from the next request on.</source>
        <translation>Valores predeterminados de STAC Imagery Search: el panel, los algoritmos de procesamiento y las capas nuevas los usan desde la próxima petición.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="152"/>
        <source>https://example.com/stac/v1, or a catalog.json on disk</source>
        <translation>https://example.com/stac/v1, o un catalog.json en el disco</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="153"/>
        <source>A STAC API&apos;s landing page, or a static catalog: the http(s) URL or the file of its catalog.json or collection.json</source>
        <translation>La página de inicio de una API STAC, o un catálogo estático: la URL http(s) o el archivo de su catalog.json o collection.json</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="158"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="159"/>
        <source>Choose a static catalog&apos;s catalog.json or collection.json on disk</source>
        <translation>Elegir el catalog.json o collection.json de un catálogo estático en el disco</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="196"/>
        <source>Enter the URL of the STAC API landing page, or choose a catalog.json file.</source>
        <translation>Introduzca la URL de la página de inicio de la API STAC, o elija un archivo catalog.json.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="199"/>
        <source>There is no file {path}.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="202"/>
        <source>The URL must start with http:// or https://, or name a catalog.json file.</source>
        <translation>La URL debe empezar por http:// o https://, o indicar un archivo catalog.json.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="209"/>
        <source>Open Static STAC Catalog</source>
        <translation>Abrir catálogo STAC estático</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="209"/>
        <source>STAC catalog (*.json);;All files (*)</source>
        <translation>Catálogo STAC (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="551"/>
        <source>{count} items found so far</source>
        <translation>{count} elementos encontrados hasta ahora</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="60"/>
        <source>Cancel the composites</source>
        <translation>Cancelar los compuestos</translation>
    </message>
    <message>
        <location filename="../ui/picture_actions.py" line="63"/>
        <source>Cancel the mosaic</source>
        <translation>Cancelar el mosaico</translation>
    </message>
    <message>
        <location filename="../plugin/auth/api.py" line="58"/>
        <source>Authentication configuration {id} cannot be used: the QGIS auth system is disabled.</source>
        <translation>No se puede usar la configuración de autenticación {id}: el sistema de autenticación de QGIS está desactivado.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/api.py" line="69"/>
        <source>Authentication configuration {id} cannot be read: it does not exist or the master password was not entered.</source>
        <translation>No se puede leer la configuración de autenticación {id}: no existe o no se ha introducido la contraseña maestra.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/basic.py" line="27"/>
        <source>Authentication configuration {id} must be of type Basic with a username and password.</source>
        <translation>La configuración de autenticación {id} debe ser de tipo Basic, con un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/cdse.py" line="41"/>
        <source>with signed requests to CDSE&apos;s endpoint, eodata.dataspace.copernicus.eu</source>
        <translation>con las peticiones firmadas al punto de acceso de CDSE, eodata.dataspace.copernicus.eu</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="115"/>
        <source>to the Earthdata login host, urs.earthdata.nasa.gov</source>
        <translation>al host de inicio de sesión de Earthdata, urs.earthdata.nasa.gov</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="191"/>
        <source>{href} needs {login}: set an Earthdata auth configuration.</source>
        <translation>{href} necesita {login}: asigne una configuración de autenticación de Earthdata.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="215"/>
        <source>NASA Earthdata refused the login: check the username and password of authentication configuration {id}.</source>
        <translation>NASA Earthdata rechazó el inicio de sesión: compruebe el nombre de usuario y la contraseña de la configuración de autenticación {id}.</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="223"/>
        <source>NASA Earthdata login for {host} failed: HTTP {status}</source>
        <translation>Falló el inicio de sesión de NASA Earthdata para {host}: HTTP {status}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="231"/>
        <source>NASA Earthdata login for {host} failed: too many redirects</source>
        <translation>Falló el inicio de sesión de NASA Earthdata para {host}: demasiadas redirecciones</translation>
    </message>
    <message>
        <location filename="../plugin/auth/earthdata.py" line="250"/>
        <source>NASA Earthdata login: cannot reach {host}</source>
        <translation>Inicio de sesión de NASA Earthdata: no se puede contactar con {host}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="72"/>
        <source>to the Planetary Computer token endpoint, never to the storage hosts</source>
        <translation>al servicio de tokens de Planetary Computer, nunca a los hosts de almacenamiento</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="137"/>
        <source>No Planetary Computer token for {account}/{container}</source>
        <translation>No hay token de Planetary Computer para {account}/{container}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="144"/>
        <source>The Planetary Computer token endpoint did not answer JSON for {account}/{container}</source>
        <translation>El servicio de tokens de Planetary Computer no respondió con JSON para {account}/{container}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/planetary_computer.py" line="152"/>
        <source>The Planetary Computer sent no token for {account}/{container}</source>
        <translation>Planetary Computer no envió ningún token para {account}/{container}</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="21"/>
        <source>AWS credentials for a requester-pays bucket</source>
        <translation>credenciales de AWS para un bucket requester-pays</translation>
    </message>
    <message>
        <location filename="../plugin/auth/s3.py" line="47"/>
        <source>with signed requests to those buckets (you pay for the transfer)</source>
        <translation>con las peticiones firmadas a esos buckets (usted paga la transferencia)</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: the month must be 1 to 12.</source>
        <translation>{part!r} no es una fecha: el mes debe estar entre 1 y 12.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: that month has no day {day}.</source>
        <translation>{part!r} no es una fecha: ese mes no tiene día {day}.</translation>
    </message>
    <message>
        <location filename="../plugin/core_messages.py" line="13"/>
        <source>{part!r} is not a date: the time of day is out of range.</source>
        <translation>{part!r} no es una fecha: la hora está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="34"/>
        <source>The map extent cannot be converted from {crs} to {wgs84}</source>
        <translation>La extensión del mapa no se puede convertir de {crs} a {wgs84}</translation>
    </message>
    <message>
        <location filename="../plugin/geometry.py" line="72"/>
        <source>The point cannot be converted from {crs} to {wgs84}</source>
        <translation>El punto no se puede convertir de {crs} a {wgs84}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/common.py" line="436"/>
        <source>Asset {key!r} of item {id!r} needs {login}, and none is set: in the STAC dock, edit a connection and choose its &apos;Asset access&apos; and &apos;Asset credentials&apos;.</source>
        <translation>El asset {key!r} del elemento {id!r} necesita {login}, y no hay ninguno configurado: en el panel STAC, edite una conexión y elija su «Acceso a los assets» y sus «Credenciales de los assets».</translation>
    </message>
    <message>
        <location filename="../ui/asset_actions.py" line="134"/>
        <source>{n} asset(s) need {login}. Edit the connection and choose it under &quot;Asset access&quot;, with its login under &quot;Asset credentials&quot;.</source>
        <translation>{n} asset(s) necesitan {login}. Edite la conexión y elíjalo en «Acceso a los assets», con sus credenciales en «Credenciales de los assets».</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="46"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="46"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="53"/>
        <source>{field} = your {label}</source>
        <translation>{field} = su {label}</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="57"/>
        <source>{field} is not used</source>
        <translation>{field} no se usa</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="63"/>
        <source>Assets on {hosts} need {login}.</source>
        <translation>Los assets en {hosts} necesitan {login}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="65"/>
        <source>Create a Basic authentication configuration: {fields}.</source>
        <translation>Cree una configuración de autenticación Basic: {fields}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="67"/>
        <source>Leave Asset credentials empty for anonymous access, or create a Basic authentication configuration: {fields}.</source>
        <translation>Deje «Credenciales de los assets» vacío para un acceso anónimo, o cree una configuración de autenticación Basic: {fields}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="71"/>
        <source>Sent only {sent_to}.</source>
        <translation>Se envía solo {sent_to}.</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="98"/>
        <source>e.g. X-API-Key or Authorization: Bearer</source>
        <translation>p. ej. X-API-Key o Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="99"/>
        <source>The header the password of the Basic configuration above is sent in, e.g. X-API-Key or Authorization: Bearer. Empty: the configuration&apos;s own method (e.g. HTTP Basic).</source>
        <translation>La cabecera en la que se envía la contraseña de la configuración Basic de arriba, p. ej. X-API-Key o Authorization: Bearer. Vacío: el método propio de la configuración (p. ej. HTTP Basic).</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="109"/>
        <source>Authentication is sent only to the STAC API. For an API key or a bearer token, create a Basic authentication configuration with the key as its password, and name its header above (e.g. X-API-Key, or Authorization: Bearer).</source>
        <translation>La autenticación solo se envía a la API STAC. Para una clave de API o un token bearer, cree una configuración de autenticación Basic con la clave como contraseña e indique su cabecera arriba (p. ej. X-API-Key, o Authorization: Bearer).</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="128"/>
        <source>Header for the API key</source>
        <translation>Cabecera de la clave de API</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="130"/>
        <source>Asset access</source>
        <translation>Acceso a los assets</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="131"/>
        <source>Asset credentials</source>
        <translation>Credenciales de los assets</translation>
    </message>
    <message>
        <location filename="../ui/connection_dialog.py" line="170"/>
        <source>Public: no login needed</source>
        <translation>Público: no se necesita inicio de sesión</translation>
    </message>
    <message>
        <location filename="../plugin/tasks.py" line="134"/>
        <source>No STAC plugin object holds a thread pool: one was made for this session</source>
        <translation>Ningún objeto del complemento STAC tiene un grupo de hilos: se ha creado uno para esta sesión</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="56"/>
        <source>Mean ± {factor} standard deviations</source>
        <translation>Media ± {factor} desviaciones estándar</translation>
    </message>
</context>
<context>
    <name>StacDockBase</name>
    <message>
        <location filename="../ui/dock.ui" line="9"/>
        <source>STAC Search</source>
        <translation>Búsqueda STAC</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="24"/>
        <source>STAC API to search</source>
        <translation>API STAC en la que buscar</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="29"/>
        <source>New connection…</source>
        <translation>Nueva conexión…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="30"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="35"/>
        <source>Edit connection…</source>
        <translation>Editar conexión…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="36"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="41"/>
        <source>Remove connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="42"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="47"/>
        <source>Read the API&apos;s landing page and list its collections</source>
        <translation>Leer la página de inicio de la API y listar sus colecciones</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="48"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="68"/>
        <source>Show or hide the search options</source>
        <translation>Mostrar u ocultar las opciones de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="85"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="104"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="108"/>
        <source>Filter collections…</source>
        <translation>Filtrar colecciones…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="124"/>
        <source>Search area</source>
        <translation>Área de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="128"/>
        <source>Map extent</source>
        <translation>Extensión del mapa</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="140"/>
        <source>Clicked point</source>
        <translation>Punto pulsado</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="145"/>
        <source>Click a point on the map</source>
        <translation>Haga clic en un punto del mapa</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="146"/>
        <source>Pick on map</source>
        <translation>Elegir en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="153"/>
        <source>no point yet</source>
        <translation>aún no hay punto</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="159"/>
        <source>Buffer</source>
        <translation>Búfer</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="165"/>
        <source>0 searches items containing the point; more searches a box this many degrees around it</source>
        <translation>0 busca los elementos que contienen el punto; más busca un rectángulo de tantos grados a su alrededor</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="166"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="183"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="187"/>
        <source>Unchecked: no start date</source>
        <translation>Sin marcar: sin fecha de inicio</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="188"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="206"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="199"/>
        <source>Unchecked: no end date</source>
        <translation>Sin marcar: sin fecha de fin</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="200"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="211"/>
        <source>Max cloud</source>
        <translation>Nubes máx.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="216"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="223"/>
        <source>Max items</source>
        <translation>Elementos máx.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="228"/>
        <source>Stop after this many items; “Load more” fetches the next page</source>
        <translation>Parar tras este número de elementos; «Cargar más» obtiene la página siguiente</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="236"/>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="248"/>
        <source>How long one request (search, collections, raster read) may take before it fails</source>
        <translation>Cuánto puede tardar una petición (búsqueda, colecciones, lectura ráster) antes de fallar</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="249"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="284"/>
        <source>Show only the rows whose text contains this</source>
        <translation>Mostrar solo las filas cuyo texto contiene esto</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="285"/>
        <source>Filter results…</source>
        <translation>Filtrar resultados…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="311"/>
        <source>Fetch the next page of results</source>
        <translation>Obtener la página siguiente de resultados</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="312"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="324"/>
        <source>Save the results as a GeoJSON ItemCollection</source>
        <translation>Guardar los resultados como GeoJSON ItemCollection</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="325"/>
        <source>Save results…</source>
        <translation>Guardar resultados…</translation>
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
        <translation>Propiedades</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="366"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="378"/>
        <source>Add the checked assets of the selected items as layers</source>
        <translation>Añadir los assets marcados de los elementos seleccionados como capas</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="379"/>
        <source>Add to map</source>
        <translation>Añadir al mapa</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="385"/>
        <source>Save the checked assets of the selected items as GeoTIFFs</source>
        <translation>Guardar los assets marcados de los elementos seleccionados como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="386"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="398"/>
        <source>Cancel saving</source>
        <translation>Cancelar el guardado</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="399"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
