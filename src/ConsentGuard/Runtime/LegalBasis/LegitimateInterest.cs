using System;
using System.Globalization;

namespace ConsentGuard
{
    /// <summary>
    /// A purpose that rests on legitimate interest at run time: its assessment reference and the date from which members
    /// were notified. See <see cref="ConsentPolicy.WithLegitimateInterest(string, string, DateTime)"/>.
    /// </summary>
    public sealed class LegitimateInterest
    {
        /// <summary>The format of a notice date, as <see cref="LegalBasisAttribute.NoticeDate"/> writes it.</summary>
        public const string DateFormat = "yyyy-MM-dd";

        /// <exception cref="ArgumentException">The purpose or assessment is blank.</exception>
        public LegitimateInterest(string purpose, string assessment, DateTime noticeDate)
        {
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            if (string.IsNullOrWhiteSpace(assessment))
                throw new ArgumentException($"Legitimate interest for '{purpose}' needs the reference of its assessment.", nameof(assessment));
            Purpose = purpose;
            Assessment = assessment.Trim();
            NoticeDate = noticeDate.Date;
        }

        /// <summary>The purpose.</summary>
        public string Purpose { get; }

        /// <summary>The reference of the legitimate-interest assessment.</summary>
        public string Assessment { get; }

        /// <summary>The (UTC) date from which members were notified. Nobody is processed on this basis on or before it.</summary>
        public DateTime NoticeDate { get; }

        /// <summary>
        /// Whether a person with <paramref name="record"/> may be processed at <paramref name="processingAt"/>: not objected,
        /// and notified on an earlier (UTC) day than the processing, which itself is after the purpose's notice date. A day
        /// between notice and use is the least time to object; a notice and a use on the same day do not count.
        /// </summary>
        public ObjectionStatus StatusOf(ObjectionRecord record, DateTimeOffset processingAt)
        {
            if (record.ObjectedAt is { } objected && objected <= processingAt)
                return ObjectionStatus.Objected;
            var processingDay = processingAt.UtcDateTime.Date;
            if (record.NotifiedAt is not { } notified || processingDay <= NoticeDate || notified.UtcDateTime.Date >= processingDay)
                return ObjectionStatus.NotNotified;
            return ObjectionStatus.NotObjected;
        }

        /// <summary>Parses <c>yyyy-MM-dd</c>; false for anything else.</summary>
        public static bool TryParseDate(string? text, out DateTime date) =>
            DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Where a person stands for a legitimate-interest purpose at one instant.</summary>
    public enum ObjectionStatus
    {
        /// <summary>Not notified in time (or the purpose's notice date is not past): not processed.</summary>
        NotNotified,

        /// <summary>Notified in time and not objected: processed.</summary>
        NotObjected,

        /// <summary>Objected: not processed, from the objection on.</summary>
        Objected,
    }
}
