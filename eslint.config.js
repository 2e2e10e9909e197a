// Lint rules for the whole repository: TypeScript's recommended and strict
// sets, plus a few rules that keep the code honest (no console in src/, no
// focused or skipped tests).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", ".venv/**", ".kontor/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { process: "readonly", console: "readonly", URL: "readonly", fetch: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]",
          message: "Focused or skipped tests hide failures; remove .only/.skip/.todo.",
        },
      ],
    },
  },
  {
    // Tests may assert what they just arranged.
    files: ["**/test/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["appservice/src/**/*.ts", "client/src/**/*.ts", "examples/*/src/**/*.ts"],
    rules: { "no-console": "error" },
  },
);
