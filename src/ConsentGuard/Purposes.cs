namespace ConsentGuard
{
    /// <summary>
    /// The built-in purposes. Each constant equals its own name, so attribute arguments,
    /// consent records and audits all speak the same word. More are declared with
    /// <see cref="DefinePurposeAttribute"/>.
    /// </summary>
    public static class Purposes
    {
        /// <summary>Training or fine-tuning generative AI models.</summary>
        public const string GenerativeTraining = nameof(GenerativeTraining);

        /// <summary>Training other (non-generative) machine-learning models.</summary>
        public const string ModelTraining = nameof(ModelTraining);

        /// <summary>Personalizing what the person sees (feeds, recommendations).</summary>
        public const string Personalization = nameof(Personalization);

        /// <summary>Moderating content, including training moderation models.</summary>
        public const string ContentModeration = nameof(ContentModeration);

        /// <summary>Product analytics and statistics.</summary>
        public const string Analytics = nameof(Analytics);

        /// <summary>Advertising and ad targeting.</summary>
        public const string Advertising = nameof(Advertising);

        /// <summary>Every built-in purpose, in declaration order.</summary>
        public static readonly System.Collections.Generic.IReadOnlyList<string> BuiltIn = new[]
        {
            GenerativeTraining, ModelTraining, Personalization, ContentModeration, Analytics, Advertising,
        };
    }
}
