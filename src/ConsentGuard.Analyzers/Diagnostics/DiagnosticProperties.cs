namespace ConsentGuard.Analyzers.Diagnostics
{
    /// <summary>
    /// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that code fixes read. Message arguments
    /// are not public API, so anything a fix needs travels here, spelled one way for the analyzer and the fix.
    /// </summary>
    public static class DiagnosticProperties
    {
        /// <summary>CG0001, CG0002, CG0003: the purpose of the sink (a purpose name, e.g. <c>GenerativeTraining</c>).</summary>
        public const string Purpose = "Purpose";

        /// <summary>CG0002: the origins that do not declare the purpose, as messages name them (<c>Member.Email</c>), joined by <see cref="ListSeparator"/>.</summary>
        public const string UndeclaredOrigins = "UndeclaredOrigins";

        /// <summary>CG0006: present (<c>"true"</c>) when the type or a containing type is not partial.</summary>
        public const string NotPartial = "NotPartial";

        /// <summary>CG0006: present (<c>"true"</c>) when the type declares no [DataSubject] member.</summary>
        public const string LacksDataSubject = "LacksDataSubject";

        /// <summary>CG0001, CG0002, CG0003: the documentation-comment ID of the member the finding is in (<c>M:Shop.Export.Run(Shop.Member)</c>); with the rule, purpose and origins, the baseline key.</summary>
        public const string Member = "Member";

        /// <summary>CG0001, CG0002, CG0003: every origin of the value, as messages name them, sorted and joined by <see cref="ListSeparator"/>.</summary>
        public const string Origins = "Origins";

        /// <summary>CG0013: the expired exemption's last day, <c>yyyy-MM-dd</c>.</summary>
        public const string Expires = "Expires";

        /// <summary>CG0013: the date the code fix "extend" writes (the reference date plus one review cycle), <c>yyyy-MM-dd</c>.</summary>
        public const string ExtendTo = "ExtendTo";

        /// <summary>Separates the items of a list-valued property; a purpose or member name never contains it.</summary>
        public const char ListSeparator = ';';
    }
}
