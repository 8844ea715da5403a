// Package serve is gen's development server: it keeps the site built in
// memory, watches the source folders, rebuilds what a save touches and tells
// open browser tabs over Server-Sent Events to reload, swap stylesheets, show
// a build error overlay or refresh their lint findings. It also serves the
// email preview at /_gen/email/<slug>/.
//
// Nothing under /_gen/ and no injected script ever reaches gen build output:
// the script is added to HTML responses by the server, not by the renderer.
package serve
