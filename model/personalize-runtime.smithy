$version: "2"

// A hand-written slice of Amazon Personalize Runtime: the one call an app makes to show
// recommendations. Shapes, constraints, HTTP bindings and errors follow AWS's model of the service
// (tests/model/personalize-runtime-events.test.ts holds them to it); the prose is our own.

namespace com.amazonaws.personalizeruntime

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// The read side of Personalize, called by apps at page-render time: ask a trained campaign or a
/// recommender which items to show a user, or which items go well with one item.
@service(
    sdkId: "Personalize Runtime"
    arnNamespace: "personalize"
    cloudFormationName: "PersonalizeRuntime"
    cloudTrailEventSource: "personalizeruntime.amazonaws.com"
    endpointPrefix: "personalize-runtime"
)
@sigv4(name: "personalize")
@restJson1
@title("Amazon Personalize Runtime")
service AmazonPersonalizeRuntime {
    version: "2018-05-22"
    operations: [GetRecommendations]
}

/// Returns a ranked list of items for a user (a user-personalization campaign or recommender), or
/// for an item (a related-items one). Filters drop items by their attributes; a promotion reserves
/// part of the list for items a second filter selects; metadata columns come back beside each item.
@idempotent
@http(method: "POST", uri: "/recommendations", code: 200)
@examples([
    {
        title: "Three books for a reader's home page, with their titles"
        documentation: "A campaign of a bookshop's dataset group; the TITLE column of the items dataset comes back with each book."
        input: {
            campaignArn: "arn:aws:personalize:eu-west-1:123456789012:campaign/home-page"
            userId: "reader-1001"
            numResults: 3
            metadataColumns: { ITEMS: ["TITLE"] }
        }
        output: {
            itemList: [
                { itemId: "book-0142", score: 0.4187, metadata: { TITLE: "A Field Guide to Mosses" } }
                { itemId: "book-0877", score: 0.2215, metadata: { TITLE: "Bread, Slowly" } }
                { itemId: "book-0031", score: 0.1049, metadata: { TITLE: "Night Trains of Europe" } }
            ]
            recommendationId: "3f1c6a2e-8d4b-4e0a-9c57-2b7d1e6f9a10"
        }
    }
    {
        title: "A campaign that was deleted"
        input: {
            campaignArn: "arn:aws:personalize:eu-west-1:123456789012:campaign/retired"
            userId: "reader-1001"
            numResults: 3
            metadataColumns: { ITEMS: ["TITLE"] }
        }
        error: {
            shapeId: "com.amazonaws.personalizeruntime#ResourceNotFoundException"
            content: { message: "Campaign arn:aws:personalize:eu-west-1:123456789012:campaign/retired does not exist." }
        }
    }
])
operation GetRecommendations {
    input: GetRecommendationsRequest
    output: GetRecommendationsResponse
    errors: [InvalidInputException, ResourceNotFoundException]
}

@input
structure GetRecommendationsRequest {
    /// The campaign to ask, when the recommendations come from a custom solution.
    campaignArn: Arn

    /// The item to find companions for; needed by related-items recipes.
    itemId: ItemID

    /// The person the list is for; needed by user-personalization recipes.
    userId: UserID

    /// How long the list should be. Zero lets the service choose (it uses 25); 500 is the most.
    numResults: NumResults = 0

    /// What is known about the moment of the request (device, time of day, ...), keyed by the
    /// attribute names of the interactions data.
    context: Context

    /// A filter that leaves items out of the answer.
    filterArn: Arn

    /// Values for the placeholders of the filter's expression. Each value is JSON text; several
    /// values for one placeholder are written comma-separated.
    filterValues: FilterValues

    /// The recommender to ask, when the recommendations come from a domain dataset group.
    recommenderArn: Arn

    /// At most one promotion: a share of the list kept for items another filter selects.
    promotions: PromotionList

    /// Which columns of the items dataset to return with each item, by dataset type.
    metadataColumns: MetadataColumns
}

@output
structure GetRecommendationsResponse {
    /// The items, best first.
    itemList: ItemList

    /// An identifier of this particular answer; send it back with the events it led to.
    recommendationId: RecommendationID
}

/// One recommended item and why it is there.
structure PredictedItem {
    /// The item's identifier in the items dataset.
    itemId: ItemID

    /// How strongly the model ranks the item, relative to the other items it knows.
    score: Score

    /// The promotion that placed the item in the list, if one did.
    promotionName: Name

    /// The metadata columns the request asked for, column by column.
    metadata: Metadata

    /// Why the item was chosen (for instance, promoted or exploring new items).
    reason: ReasonList
}

/// A share of the list handed to items chosen by their own filter.
structure Promotion {
    /// What the promotion is called; answers name it beside each item it placed.
    name: Name

    /// What part of the list, in percent, the promoted items take.
    percentPromotedItems: PercentPromotedItems

    /// The filter that picks the promoted items.
    filterArn: Arn

    /// Values for the placeholders of the promotion filter's expression.
    filterValues: FilterValues
}

/// Something in the request is not acceptable: a value out of range, or a missing ARN.
@error("client")
@httpError(400)
structure InvalidInputException {
    message: ErrorMessage
}

/// The campaign, recommender or filter named in the request does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    message: ErrorMessage
}

@length(min: 0, max: 256)
@pattern("^arn:([a-z\\d-]+):personalize:.*:.*:.+$")
string Arn

@length(min: 0, max: 256)
string ItemID

@length(min: 0, max: 256)
string UserID

@default(0)
@range(min: 0)
integer NumResults

@length(min: 0, max: 150)
map Context {
    key: AttributeName
    value: AttributeValue
}

@length(min: 0, max: 150)
@pattern("^[A-Za-z\\d_]+$")
string AttributeName

@length(min: 0, max: 1000)
@sensitive
string AttributeValue

@length(min: 0, max: 25)
map FilterValues {
    key: FilterAttributeName
    value: FilterAttributeValue
}

@length(min: 0, max: 50)
@pattern("^[A-Za-z0-9_]+$")
string FilterAttributeName

@length(min: 0, max: 1000)
@sensitive
string FilterAttributeValue

@length(min: 0, max: 1)
list PromotionList {
    member: Promotion
}

@length(min: 1, max: 63)
@pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$")
string Name

@range(min: 1, max: 100)
integer PercentPromotedItems

@length(min: 0, max: 1)
map MetadataColumns {
    key: DatasetType
    value: ColumnNamesList
}

@length(min: 0, max: 256)
string DatasetType

@length(min: 0, max: 99)
list ColumnNamesList {
    member: ColumnName
}

@length(min: 0, max: 150)
string ColumnName

list ItemList {
    member: PredictedItem
}

double Score

@sensitive
map Metadata {
    key: ColumnName
    value: ColumnValue
}

@length(min: 0, max: 20000)
string ColumnValue

list ReasonList {
    member: Reason
}

@length(min: 0, max: 256)
string Reason

string RecommendationID

string ErrorMessage
