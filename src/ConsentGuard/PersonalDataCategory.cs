namespace ConsentGuard
{
    /// <summary>What kind of personal data a member holds. The last four are GDPR Art. 9 special categories.</summary>
    public enum PersonalDataCategory
    {
        /// <summary>Not classified further.</summary>
        Unspecified = 0,
        /// <summary>Names, handles, account identifiers.</summary>
        Identifier,
        /// <summary>E-mail addresses, phone numbers, postal addresses.</summary>
        Contact,
        /// <summary>Age, gender, nationality and similar.</summary>
        Demographic,
        /// <summary>Job titles, employers, skills, headlines.</summary>
        Professional,
        /// <summary>Posts, messages, comments and other content the person wrote.</summary>
        UserContent,
        /// <summary>Clicks, sessions, login patterns and other behaviour.</summary>
        Behavioral,
        /// <summary>Where the person is or was.</summary>
        Location,
        /// <summary>Payment and financial data.</summary>
        Financial,
        /// <summary>Health data (GDPR Art. 9).</summary>
        Health,
        /// <summary>Biometric data (GDPR Art. 9).</summary>
        Biometric,
        /// <summary>Genetic data (GDPR Art. 9).</summary>
        Genetic,
        /// <summary>Any other special category of GDPR Art. 9 (beliefs, union membership, sex life, …).</summary>
        SpecialCategory,
    }
}
