$version: "2"

// A hand-written slice of Amazon Personalize Events: the call an app makes to report what a user
// did (a click, a purchase, a view). Shapes, constraints, HTTP bindings and errors follow AWS's
// model of the service (tests/model/personalize-runtime-events.test.ts holds them to it); the
// prose is our own.

namespace com.amazonaws.personalizeevents

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// The write side of Personalize for live traffic: interactions streamed in as they happen, so
/// that recommendations follow a user's current session without waiting for a bulk import.
@service(
    sdkId: "Personalize Events"
    arnNamespace: "personalize"
    cloudFormationName: "PersonalizeEvents"
    cloudTrailEventSource: "personalizeevents.amazonaws.com"
    endpointPrefix: "personalize-events"
)
@sigv4(name: "personalize")
@restJson1
@title("Amazon Personalize Events")
service AmazonPersonalizeEvents {
    version: "2018-03-22"
    operations: [PutEvents]
}

/// Records up to ten things one user did in one session, through an event tracker. The answer
/// carries nothing: success is a 200 with no content worth reading.
@http(method: "POST", uri: "/events", code: 200)
operation PutEvents {
    input: PutEventsRequest
    output: Unit
    errors: [InvalidInputException]
}

@input
structure PutEventsRequest {
    /// The event tracker's identifier, as creating the tracker returned it; it picks the dataset
    /// group the events land in.
    @required
    trackingId: StringType

    /// Who did it, once known. Anonymous visitors are told apart by their session alone.
    userId: UserId

    /// The visit the events belong to, chosen by the app; keep it stable across sign-in so that
    /// earlier anonymous events join the user's history.
    @required
    sessionId: StringType

    /// The events, oldest first.
    @required
    eventList: EventList
}

/// One interaction of a user with an item.
@sensitive
structure Event {
    /// The app's own identifier of this event; the service makes one up when absent.
    eventId: StringType

    /// What kind of interaction this was, for instance `click` or `watch`; training can keep
    /// only some kinds.
    @required
    eventType: StringType

    /// A number that weighs the interaction, such as the share of a video watched.
    eventValue: FloatType

    /// The item the user interacted with.
    itemId: ItemId

    /// Further attributes of the interaction as one JSON object, for instance
    /// `{"numberOfRatings": "12"}`.
    properties: SynthesizedJsonEventPropertiesJSON

    /// When it happened, as the app saw it.
    @required
    sentAt: Date

    /// The recommendation answer that showed the item, when the event followed one.
    recommendationId: RecommendationId

    /// The items the user was shown at the time, when no recommendation answer says so.
    impression: Impression

    /// Which source to credit the event to, for the metrics of a metric attribution.
    metricAttribution: MetricAttribution
}

/// Credit for an event, by the name of its source.
structure MetricAttribution {
    /// The source's name, as the metric attribution's reports will group it.
    @required
    eventAttributionSource: EventAttributionSource
}

/// A value in the request breaks a rule of the service.
@error("client")
@httpError(400)
structure InvalidInputException {
    message: ErrorMessage
}

@length(min: 1, max: 256)
string StringType

@length(min: 1, max: 256)
@sensitive
string UserId

@length(min: 1, max: 10)
list EventList {
    member: Event
}

float FloatType

@length(min: 1, max: 256)
@sensitive
string ItemId

@length(min: 1, max: 1024)
@mediaType("application/json")
@sensitive
string SynthesizedJsonEventPropertiesJSON

timestamp Date

@length(min: 1, max: 40)
string RecommendationId

@length(min: 1, max: 25)
list Impression {
    member: ItemId
}

@length(min: 0, max: 1024)
@pattern("^[\\x20-\\x7E]*[\\x21-\\x7E]+[\\x20-\\x7E]*$")
string EventAttributionSource

string ErrorMessage
