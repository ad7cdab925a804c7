"""Writes an OpenDocument spreadsheet from the XML of its tables, as the
test-sheet scripts of this folder need it: content.xml and the manifest,
nothing else that a reader needs."""
import zipfile

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' office:version="1.3"><office:body><office:spreadsheet>')
TAIL = '</office:spreadsheet></office:body></office:document-content>'


def write_ods(path, body):
    """Writes @body, one or more <table:table> elements, to @path."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", HEAD + body + TAIL, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                   ' manifest:version="1.3"><manifest:file-entry manifest:full-path="/"'
                   ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>', zipfile.ZIP_DEFLATED)
