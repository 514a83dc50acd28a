import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';

// The endpoint sits next to this page: /graphiql/index.html -> /graphql
const endpoint = new URL('../graphql', window.location.href).toString();
const fetcher = createGraphiQLFetcher({ url: endpoint });

// The Explorer (a sidebar button): the schema as a tree of checkboxes that writes the query as fields are ticked.
// Created once, outside rendering, as the plugin asks.
const explorer = explorerPlugin();

// Mutations need the API key: the headers tab starts with the header to fill in.
const defaultHeaders = JSON.stringify({ 'X-API-Key': '' }, null, 2);

async function loadExamples() {
  try {
    const res = await fetch(new URL('../graphiql/operations', window.location.href));
    if (!res.ok) return [];
    return await res.json();
  } catch (e) {
    return [];
  }
}

function tabsFor(examples) {
  return examples.map((op) => ({ query: op.document, variables: op.variables ?? undefined, headers: defaultHeaders }));
}

loadExamples().then((examples) => {
  const root = createRoot(document.getElementById('graphiql'));
  root.render(
    <GraphiQL
      fetcher={fetcher}
      plugins={[explorer]}
      defaultTabs={examples.length ? tabsFor(examples) : undefined}
      defaultHeaders={defaultHeaders}
      defaultEditorToolsVisibility={true}
      shouldPersistHeaders={true}
    />,
  );
});
