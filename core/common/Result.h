// An expected-style result: either a value of T or a typed error E. No exceptions cross library
// boundaries; every fallible call in the engine returns one of these.
#pragma once

#include <cassert>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace tps {

template <typename E>
struct Failure
{
    E error;
};

// fail(e) converts to any Result<T, E> holding the error.
template <typename E>
[[nodiscard]] Failure<std::decay_t<E>> fail(E&& error)
{
    return Failure<std::decay_t<E>>{std::forward<E>(error)};
}

template <typename T, typename E>
class [[nodiscard]] Result
{
public:
    using value_type = T;
    using error_type = E;

    Result(const T& value) : m_data(std::in_place_index<0>, value) {}
    Result(T&& value) : m_data(std::in_place_index<0>, std::move(value)) {}
    template <typename U>
    requires std::is_convertible_v<U, E> Result(Failure<U> failure)
        : m_data(std::in_place_index<1>, std::move(failure.error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_data));
    }
    const E& error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : std::move(fallback); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_data;
};

template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    using value_type = void;
    using error_type = E;

    Result() = default;
    template <typename U>
    requires std::is_convertible_v<U, E> Result(Failure<U> failure) : m_error(std::move(failure.error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<E> m_error;
};

} // namespace tps
