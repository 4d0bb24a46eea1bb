#include "httpmessage.h"

namespace idlefleet::backend::http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

std::pair<Response, Response::Deliver> deferred()
{
    struct State
    {
        std::optional<Response> answer;
        Response::Deliver waiting;
    };
    auto state = std::make_shared<State>();
    Response response;
    response.later = [state](Response::Deliver deliver) {
        if (state->answer)
            return deliver(std::move(*std::exchange(state->answer, std::nullopt)));
        state->waiting = std::move(deliver);
    };
    Response::Deliver deliver = [state](Response answer) {
        if (state->waiting)
            return std::exchange(state->waiting, nullptr)(std::move(answer));
        state->answer = std::move(answer);
    };
    return {std::move(response), std::move(deliver)};
}

Response afterwards(Response response, std::function<void(Response &)> step)
{
    if (!response.later) {
        step(response);
        return response;
    }
    Response deferred;
    deferred.later = [start = std::move(response.later),
                      step = std::move(step)](Response::Deliver deliver) {
        start([step, deliver = std::move(deliver)](Response done) {
            deliver(afterwards(std::move(done), step));
        });
    };
    return deferred;
}

} // namespace idlefleet::backend::http
