// The Admin GraphQL operations microreach sends to Shopify for seeding, as documented at
// https://shopify.dev/docs/api/admin-graphql/2025-01 (query products with variants and
// inventoryItem.unitCost; query draftOrders; mutations draftOrderCreate and draftOrderComplete).
// Kept as text so the replay server in the tests checks exactly what is sent.

export const PRODUCTS_PAGE_SIZE = 50;

export const PRODUCTS_QUERY = `query products($first: Int!, $after: String) {
  shop { currencyCode }
  products(first: $first, after: $after, query: "status:active") {
    pageInfo { hasNextPage endCursor }
    nodes {
      id title
      featuredMedia { preview { image { url } } }
      variants(first: 100) {
        nodes { id title sku price inventoryQuantity image { url } inventoryItem { tracked unitCost { amount currencyCode } } }
      }
    }
  }
}`;

const DRAFT = 'id name status tags order { id name }';

export const DRAFT_ORDERS_QUERY = `query draftOrders($query: String!) {
  draftOrders(first: 5, query: $query) { nodes { ${DRAFT} } }
}`;

export const DRAFT_ORDER_CREATE_MUTATION = `mutation draftOrderCreate($input: DraftOrderInput!) {
  draftOrderCreate(input: $input) {
    draftOrder { ${DRAFT} }
    userErrors { field message }
  }
}`;

export const DRAFT_ORDER_COMPLETE_MUTATION = `mutation draftOrderComplete($id: ID!) {
  draftOrderComplete(id: $id) {
    draftOrder { ${DRAFT} }
    userErrors { field message }
  }
}`;
