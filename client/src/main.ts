import "./pages/kontor-app.ts";
