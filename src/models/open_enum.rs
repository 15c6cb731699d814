//! `open_enum!`: string enums that never reject a value.
//!
//! Kratos adds enum values between releases (new node groups, input types, methods, states…).
//! A closed Rust enum would turn each addition into a parse failure of the whole response, and
//! `#[serde(other)]` would throw the new value away. An open enum has one variant per known value
//! plus `Other(String)`, which keeps the unknown value so it serialises back unchanged.
//!
//! ```text
//! open_enum! {
//!     /// The flow type.
//!     pub enum FlowType {
//!         /// A browser flow.
//!         Browser = "browser",
//!         /// A native (API) flow.
//!         Api = "api",
//!     }
//! }
//! assert_eq!(FlowType::from("api"), FlowType::Api);
//! assert_eq!(FlowType::from("x").as_str(), "x");
//! ```

/// Declares a string enum with known variants plus `Other(String)`.
///
/// The generated type serialises and deserialises as the plain string and implements `as_str`,
/// `Display`, `FromStr` (infallible), `From<&str>` and `From<String>`. Parsing always maps a known
/// string to its named variant, never to `Other`.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $value:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
            /// A value this SDK does not know (yet), kept verbatim.
            Other(String),
        }

        impl $name {
            /// The wire string of this value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )+
                    Self::Other(value) => value.as_str(),
                }
            }

            /// Whether this is a value the SDK does not know (the `Other` variant).
            pub fn is_other(&self) -> bool {
                matches!(self, Self::Other(_))
            }
        }

        impl $name {
            /// The named variant of `value`, if it is a known value. (One match for both `From`
            /// impls: the table is compiled once.)
            fn known(value: &str) -> ::core::option::Option<Self> {
                match value {
                    $( $value => ::core::option::Option::Some(Self::$variant), )+
                    _ => ::core::option::Option::None,
                }
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::known(value).unwrap_or_else(|| Self::Other(value.to_owned()))
            }
        }

        impl ::core::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                Self::known(&value).unwrap_or(Self::Other(value))
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;

            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from)
            }
        }
    };
}

pub(crate) use open_enum;

#[cfg(test)]
mod tests {
    open_enum! {
        /// Test enum.
        pub enum Colour {
            /// Red.
            Red = "red",
            /// Dark blue.
            DarkBlue = "dark-blue",
        }
    }

    #[test]
    fn known_values_map_to_variants() {
        assert_eq!(Colour::from("red"), Colour::Red);
        assert_eq!(Colour::from("dark-blue".to_owned()), Colour::DarkBlue);
        assert_eq!(Colour::DarkBlue.as_str(), "dark-blue");
        assert_eq!(Colour::Red.to_string(), "red");
        assert!(!Colour::Red.is_other());
    }

    #[test]
    fn unknown_value_is_kept_and_round_trips() {
        let parsed: Colour = serde_json::from_str("\"ultraviolet\"").unwrap();
        assert_eq!(parsed, Colour::Other("ultraviolet".into()));
        assert!(parsed.is_other());
        assert_eq!(serde_json::to_string(&parsed).unwrap(), "\"ultraviolet\"");
        assert_eq!("ultraviolet".parse::<Colour>(), Ok(parsed));
    }

    #[test]
    fn serialises_as_plain_string() {
        assert_eq!(
            serde_json::to_value([Colour::Red, Colour::DarkBlue]).unwrap(),
            serde_json::json!(["red", "dark-blue"])
        );
        assert!(serde_json::from_str::<Colour>("1").is_err());
    }
}
