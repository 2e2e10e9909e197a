// Entry of the public pages. Signed-in views load later, with import(), from the shell.
import "./app/kontor-app/kontor-app.ts";
