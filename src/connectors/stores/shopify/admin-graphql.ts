// The three Admin GraphQL operations microreach sends to Shopify for discount codes, as documented at
// https://shopify.dev/docs/api/admin-graphql/2025-01 (mutations discountCodeBasicCreate and
// discountCodeDeactivate, query codeDiscountNodeByCode). Kept as text so the replay server in the
// tests checks exactly what is sent.

export const SHOPIFY_ADMIN_API_VERSION = '2025-01';

const NODE = 'id codeDiscount { __typename ... on DiscountCodeBasic { status } }';

export const CODE_BY_CODE_QUERY = `query codeDiscountNodeByCode($code: String!) {
  codeDiscountNodeByCode(code: $code) { ${NODE} }
}`;

export const CREATE_CODE_MUTATION = `mutation discountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
  discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {
    codeDiscountNode { ${NODE} }
    userErrors { field code message }
  }
}`;

export const DEACTIVATE_CODE_MUTATION = `mutation discountCodeDeactivate($id: ID!) {
  discountCodeDeactivate(id: $id) {
    codeDiscountNode { ${NODE} }
    userErrors { field code message }
  }
}`;
