/**
 * The API's types, generated from its OpenAPI document (the routes' zod schemas) by `npm run api:types`.
 * Do not edit: change a route's schema and regenerate; npm test fails while this file is stale.
 */

export type paths = {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approval-chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who signs each kind of decision, in which order, within how many days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approval-chains/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a chain; the last step is a leader’s */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "project_decision" | "subsidy_payment" | "letter_issue" | "assessment_result";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        steps: {
                            days: number;
                            /** @enum {string} */
                            role: "staff" | "leader";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approval requests: waiting on me, mine, or all */
        get: {
            parameters: {
                query?: {
                    kind?: "project_decision" | "subsidy_payment" | "letter_issue" | "assessment_result";
                    page?: number;
                    pageSize?: number;
                    scope?: "waiting" | "mine" | "all";
                    status?: "pending" | "approved" | "refused" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its steps and decisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (on to the next step, or into effect) or refuse with the reason; only the current step’s signatory */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {string} */
                        decision: "approve" | "refuse";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take back a request still waiting (the one who asked) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entityId?: string;
                    entityType?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: number | null;
                                actorName: string | null;
                                actorRole: string | null;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                entityId: string | null;
                                entityType: string;
                                hash: string;
                                ip: string | null;
                                seq: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actions and entity types present, for filters */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            entityTypes: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenAt?: number;
                            entries: number;
                            headHash: string;
                            ok: boolean;
                            /** @enum {string} */
                            reason?: "content_changed" | "chain_broken" | "entry_missing";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; admin and auditor also send totp */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        totp?: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                displayName: string;
                                id: number;
                                jurisdictionCode: string | null;
                                orgId: number | null;
                                /** @enum {string} */
                                role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                                sectionCode: string | null;
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in account and its CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                displayName: string;
                                id: number;
                                jurisdictionCode: string | null;
                                orgId: number | null;
                                /** @enum {string} */
                                role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                                sectionCode: string | null;
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An applicant registers itself and its organisation (单位注册), and is logged in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email?: string;
                        org: {
                            address?: string | null;
                            bankAccount?: string | null;
                            bankName?: string | null;
                            /** Format: email */
                            contactEmail?: string | null;
                            contactName?: string | null;
                            contactPhone?: string | null;
                            /** Format: date */
                            foundedOn?: string | null;
                            industry?: string | null;
                            jurisdictionCode: string;
                            legalRepresentative?: string | null;
                            name: string;
                            /** @enum {string} */
                            type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            uscc: string;
                        };
                        password: string;
                        phone?: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                displayName: string;
                                id: number;
                                jurisdictionCode: string | null;
                                orgId: number | null;
                                /** @enum {string} */
                                role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                                sectionCode: string | null;
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls (申报通知); status=open lists those taking applications now */
        get: {
            parameters: {
                query?: {
                    category?: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                    level?: "national" | "provincial" | "prefecture" | "city";
                    page?: number;
                    pageSize?: number;
                    programId?: number;
                    status?: "upcoming" | "open" | "closed";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                closesAt: string;
                                expertReview: boolean;
                                id: number;
                                /** Format: date-time */
                                opensAt: string;
                                program: {
                                    /** @enum {string} */
                                    applicantKind: "org" | "person";
                                    /** @enum {string} */
                                    category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                    id: number;
                                    /** @enum {string} */
                                    level: "national" | "provincial" | "prefecture" | "city";
                                    name: string;
                                    sectionCode: string;
                                };
                                /** @enum {string} */
                                status: "upcoming" | "open" | "closed";
                                title: string;
                                year: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Publish a call of one of my section's programs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicationTemplate?: {
                            /** @default false */
                            applicantFigures?: boolean;
                            /**
                             * @default {
                             *       "scheme": "national",
                             *       "selfRatioPercent": 0,
                             *       "indirectCapPercent": 20,
                             *       "maxFiscal": null
                             *     }
                             */
                            budget?: {
                                /** @default 20 */
                                indirectCapPercent?: number;
                                maxFiscal?: string | null;
                                /**
                                 * @default national
                                 * @enum {string}
                                 */
                                scheme?: "national" | "itemised";
                                /** @default 0 */
                                selfRatioPercent?: number;
                            } | null;
                            /** Format: date */
                            endBy?: string | null;
                            /**
                             * @default {
                             *       "minCount": 1,
                             *       "kinds": [
                             *         "invention_patents",
                             *         "granted_patents",
                             *         "software_copyrights",
                             *         "papers",
                             *         "standards",
                             *         "new_products",
                             *         "new_varieties",
                             *         "demonstration_bases",
                             *         "revenue",
                             *         "profit_tax",
                             *         "jobs",
                             *         "talents",
                             *         "other"
                             *       ]
                             *     }
                             */
                            indicators?: {
                                /**
                                 * @default [
                                 *       "invention_patents",
                                 *       "granted_patents",
                                 *       "software_copyrights",
                                 *       "papers",
                                 *       "standards",
                                 *       "new_products",
                                 *       "new_varieties",
                                 *       "demonstration_bases",
                                 *       "revenue",
                                 *       "profit_tax",
                                 *       "jobs",
                                 *       "talents",
                                 *       "other"
                                 *     ]
                                 */
                                kinds?: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                /** @default 1 */
                                minCount?: number;
                            };
                            /** @default 1 */
                            leaderOpenLimit?: number;
                            /** @default 15 */
                            maxMembers?: number;
                            /** @default 5 */
                            maxPartners?: number;
                            /** @default 2 */
                            minMilestones?: number;
                            /**
                             * @default {
                             *       "min": 12,
                             *       "max": 36
                             *     }
                             */
                            periodMonths?: {
                                max: number;
                                min: number;
                            };
                            /**
                             * @default recommend
                             * @enum {string|null}
                             */
                            stampedCopyStep?: "recommend" | "pass_formal_review" | null;
                            /** Format: date */
                            startFrom?: string | null;
                            /**
                             * @default [
                             *       {
                             *         "key": "content",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       },
                             *       {
                             *         "key": "route",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       },
                             *       {
                             *         "key": "innovation",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       },
                             *       {
                             *         "key": "goals",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       }
                             *     ]
                             */
                            texts?: {
                                /** @enum {string} */
                                key: "content" | "route" | "innovation" | "goals";
                                /** @default 3000 */
                                maxLength?: number;
                                /** @default true */
                                required?: boolean;
                            }[];
                        } | null;
                        attachments?: {
                            key: string;
                            maxBytes: number;
                            name: string;
                            /** @default false */
                            required?: boolean;
                            types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                        }[];
                        closesAt: unknown;
                        contact?: string | null;
                        criteria?: {
                            key: string;
                            max: number;
                            name: string;
                        }[];
                        defaultQuota?: number | null;
                        description?: string | null;
                        /** @default false */
                        expertReview?: boolean;
                        formFields?: {
                            columns?: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "date";
                            }[];
                            key: string;
                            label: string;
                            maxLength?: number;
                            options?: string[];
                            /** @default false */
                            required?: boolean;
                            /** @enum {string} */
                            type: "text" | "number" | "money" | "date" | "select" | "table";
                        }[];
                        opensAt: unknown;
                        programId: number;
                        /** @default [] */
                        quotas?: {
                            jurisdictionCode: string;
                            quota: number;
                        }[];
                        /** @default false */
                        reviewCommentRequired?: boolean;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationTemplate: {
                                /** @default false */
                                applicantFigures: boolean;
                                /**
                                 * @default {
                                 *       "scheme": "national",
                                 *       "selfRatioPercent": 0,
                                 *       "indirectCapPercent": 20,
                                 *       "maxFiscal": null
                                 *     }
                                 */
                                budget: {
                                    /** @default 20 */
                                    indirectCapPercent: number;
                                    maxFiscal?: string | null;
                                    /**
                                     * @default national
                                     * @enum {string}
                                     */
                                    scheme: "national" | "itemised";
                                    /** @default 0 */
                                    selfRatioPercent: number;
                                } | null;
                                /** Format: date */
                                endBy?: string | null;
                                /**
                                 * @default {
                                 *       "minCount": 1,
                                 *       "kinds": [
                                 *         "invention_patents",
                                 *         "granted_patents",
                                 *         "software_copyrights",
                                 *         "papers",
                                 *         "standards",
                                 *         "new_products",
                                 *         "new_varieties",
                                 *         "demonstration_bases",
                                 *         "revenue",
                                 *         "profit_tax",
                                 *         "jobs",
                                 *         "talents",
                                 *         "other"
                                 *       ]
                                 *     }
                                 */
                                indicators: {
                                    /**
                                     * @default [
                                     *       "invention_patents",
                                     *       "granted_patents",
                                     *       "software_copyrights",
                                     *       "papers",
                                     *       "standards",
                                     *       "new_products",
                                     *       "new_varieties",
                                     *       "demonstration_bases",
                                     *       "revenue",
                                     *       "profit_tax",
                                     *       "jobs",
                                     *       "talents",
                                     *       "other"
                                     *     ]
                                     */
                                    kinds: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                    /** @default 1 */
                                    minCount: number;
                                };
                                /** @default 1 */
                                leaderOpenLimit: number;
                                /** @default 15 */
                                maxMembers: number;
                                /** @default 5 */
                                maxPartners: number;
                                /** @default 2 */
                                minMilestones: number;
                                /**
                                 * @default {
                                 *       "min": 12,
                                 *       "max": 36
                                 *     }
                                 */
                                periodMonths: {
                                    max: number;
                                    min: number;
                                };
                                /**
                                 * @default recommend
                                 * @enum {string|null}
                                 */
                                stampedCopyStep: "recommend" | "pass_formal_review" | null;
                                /** Format: date */
                                startFrom?: string | null;
                                /**
                                 * @default [
                                 *       {
                                 *         "key": "content",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "route",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "innovation",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "goals",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       }
                                 *     ]
                                 */
                                texts: {
                                    /** @enum {string} */
                                    key: "content" | "route" | "innovation" | "goals";
                                    /** @default 3000 */
                                    maxLength: number;
                                    /** @default true */
                                    required: boolean;
                                }[];
                            } | null;
                            attachments: {
                                key: string;
                                maxBytes: number;
                                name: string;
                                /** @default false */
                                required: boolean;
                                types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                            }[];
                            /** Format: date-time */
                            closesAt: string;
                            contact: string | null;
                            criteria: {
                                key: string;
                                max: number;
                                name: string;
                            }[];
                            defaultQuota: number | null;
                            description: string | null;
                            expertReview: boolean;
                            formFields: {
                                columns?: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "date";
                                }[];
                                key: string;
                                label: string;
                                maxLength?: number;
                                options?: string[];
                                /** @default false */
                                required: boolean;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "date" | "select" | "table";
                            }[];
                            id: number;
                            /** Format: date-time */
                            opensAt: string;
                            program: {
                                /** @enum {string} */
                                applicantKind: "org" | "person";
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                sectionCode: string;
                            };
                            quotas: {
                                jurisdictionCode: string;
                                quota: number;
                            }[];
                            reviewCommentRequired: boolean;
                            /** @enum {string} */
                            status: "upcoming" | "open" | "closed";
                            title: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call with its form, attachments, criteria and quotas */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationTemplate: {
                                /** @default false */
                                applicantFigures: boolean;
                                /**
                                 * @default {
                                 *       "scheme": "national",
                                 *       "selfRatioPercent": 0,
                                 *       "indirectCapPercent": 20,
                                 *       "maxFiscal": null
                                 *     }
                                 */
                                budget: {
                                    /** @default 20 */
                                    indirectCapPercent: number;
                                    maxFiscal?: string | null;
                                    /**
                                     * @default national
                                     * @enum {string}
                                     */
                                    scheme: "national" | "itemised";
                                    /** @default 0 */
                                    selfRatioPercent: number;
                                } | null;
                                /** Format: date */
                                endBy?: string | null;
                                /**
                                 * @default {
                                 *       "minCount": 1,
                                 *       "kinds": [
                                 *         "invention_patents",
                                 *         "granted_patents",
                                 *         "software_copyrights",
                                 *         "papers",
                                 *         "standards",
                                 *         "new_products",
                                 *         "new_varieties",
                                 *         "demonstration_bases",
                                 *         "revenue",
                                 *         "profit_tax",
                                 *         "jobs",
                                 *         "talents",
                                 *         "other"
                                 *       ]
                                 *     }
                                 */
                                indicators: {
                                    /**
                                     * @default [
                                     *       "invention_patents",
                                     *       "granted_patents",
                                     *       "software_copyrights",
                                     *       "papers",
                                     *       "standards",
                                     *       "new_products",
                                     *       "new_varieties",
                                     *       "demonstration_bases",
                                     *       "revenue",
                                     *       "profit_tax",
                                     *       "jobs",
                                     *       "talents",
                                     *       "other"
                                     *     ]
                                     */
                                    kinds: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                    /** @default 1 */
                                    minCount: number;
                                };
                                /** @default 1 */
                                leaderOpenLimit: number;
                                /** @default 15 */
                                maxMembers: number;
                                /** @default 5 */
                                maxPartners: number;
                                /** @default 2 */
                                minMilestones: number;
                                /**
                                 * @default {
                                 *       "min": 12,
                                 *       "max": 36
                                 *     }
                                 */
                                periodMonths: {
                                    max: number;
                                    min: number;
                                };
                                /**
                                 * @default recommend
                                 * @enum {string|null}
                                 */
                                stampedCopyStep: "recommend" | "pass_formal_review" | null;
                                /** Format: date */
                                startFrom?: string | null;
                                /**
                                 * @default [
                                 *       {
                                 *         "key": "content",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "route",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "innovation",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "goals",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       }
                                 *     ]
                                 */
                                texts: {
                                    /** @enum {string} */
                                    key: "content" | "route" | "innovation" | "goals";
                                    /** @default 3000 */
                                    maxLength: number;
                                    /** @default true */
                                    required: boolean;
                                }[];
                            } | null;
                            attachments: {
                                key: string;
                                maxBytes: number;
                                name: string;
                                /** @default false */
                                required: boolean;
                                types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                            }[];
                            /** Format: date-time */
                            closesAt: string;
                            contact: string | null;
                            criteria: {
                                key: string;
                                max: number;
                                name: string;
                            }[];
                            defaultQuota: number | null;
                            description: string | null;
                            expertReview: boolean;
                            formFields: {
                                columns?: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "date";
                                }[];
                                key: string;
                                label: string;
                                maxLength?: number;
                                options?: string[];
                                /** @default false */
                                required: boolean;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "date" | "select" | "table";
                            }[];
                            id: number;
                            /** Format: date-time */
                            opensAt: string;
                            program: {
                                /** @enum {string} */
                                applicantKind: "org" | "person";
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                sectionCode: string;
                            };
                            quotas: {
                                jurisdictionCode: string;
                                quota: number;
                            }[];
                            reviewCommentRequired: boolean;
                            /** @enum {string} */
                            status: "upcoming" | "open" | "closed";
                            title: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a call */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicationTemplate?: {
                            /** @default false */
                            applicantFigures?: boolean;
                            /**
                             * @default {
                             *       "scheme": "national",
                             *       "selfRatioPercent": 0,
                             *       "indirectCapPercent": 20,
                             *       "maxFiscal": null
                             *     }
                             */
                            budget?: {
                                /** @default 20 */
                                indirectCapPercent?: number;
                                maxFiscal?: string | null;
                                /**
                                 * @default national
                                 * @enum {string}
                                 */
                                scheme?: "national" | "itemised";
                                /** @default 0 */
                                selfRatioPercent?: number;
                            } | null;
                            /** Format: date */
                            endBy?: string | null;
                            /**
                             * @default {
                             *       "minCount": 1,
                             *       "kinds": [
                             *         "invention_patents",
                             *         "granted_patents",
                             *         "software_copyrights",
                             *         "papers",
                             *         "standards",
                             *         "new_products",
                             *         "new_varieties",
                             *         "demonstration_bases",
                             *         "revenue",
                             *         "profit_tax",
                             *         "jobs",
                             *         "talents",
                             *         "other"
                             *       ]
                             *     }
                             */
                            indicators?: {
                                /**
                                 * @default [
                                 *       "invention_patents",
                                 *       "granted_patents",
                                 *       "software_copyrights",
                                 *       "papers",
                                 *       "standards",
                                 *       "new_products",
                                 *       "new_varieties",
                                 *       "demonstration_bases",
                                 *       "revenue",
                                 *       "profit_tax",
                                 *       "jobs",
                                 *       "talents",
                                 *       "other"
                                 *     ]
                                 */
                                kinds?: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                /** @default 1 */
                                minCount?: number;
                            };
                            /** @default 1 */
                            leaderOpenLimit?: number;
                            /** @default 15 */
                            maxMembers?: number;
                            /** @default 5 */
                            maxPartners?: number;
                            /** @default 2 */
                            minMilestones?: number;
                            /**
                             * @default {
                             *       "min": 12,
                             *       "max": 36
                             *     }
                             */
                            periodMonths?: {
                                max: number;
                                min: number;
                            };
                            /**
                             * @default recommend
                             * @enum {string|null}
                             */
                            stampedCopyStep?: "recommend" | "pass_formal_review" | null;
                            /** Format: date */
                            startFrom?: string | null;
                            /**
                             * @default [
                             *       {
                             *         "key": "content",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       },
                             *       {
                             *         "key": "route",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       },
                             *       {
                             *         "key": "innovation",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       },
                             *       {
                             *         "key": "goals",
                             *         "required": true,
                             *         "maxLength": 3000
                             *       }
                             *     ]
                             */
                            texts?: {
                                /** @enum {string} */
                                key: "content" | "route" | "innovation" | "goals";
                                /** @default 3000 */
                                maxLength?: number;
                                /** @default true */
                                required?: boolean;
                            }[];
                        } | null;
                        attachments?: {
                            key: string;
                            maxBytes: number;
                            name: string;
                            /** @default false */
                            required?: boolean;
                            types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                        }[];
                        closesAt?: unknown;
                        contact?: string | null;
                        criteria?: {
                            key: string;
                            max: number;
                            name: string;
                        }[];
                        defaultQuota?: number | null;
                        description?: string | null;
                        expertReview?: boolean;
                        formFields?: {
                            columns?: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "date";
                            }[];
                            key: string;
                            label: string;
                            maxLength?: number;
                            options?: string[];
                            /** @default false */
                            required?: boolean;
                            /** @enum {string} */
                            type: "text" | "number" | "money" | "date" | "select" | "table";
                        }[];
                        opensAt?: unknown;
                        quotas?: {
                            jurisdictionCode: string;
                            quota: number;
                        }[];
                        reviewCommentRequired?: boolean;
                        title?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationTemplate: {
                                /** @default false */
                                applicantFigures: boolean;
                                /**
                                 * @default {
                                 *       "scheme": "national",
                                 *       "selfRatioPercent": 0,
                                 *       "indirectCapPercent": 20,
                                 *       "maxFiscal": null
                                 *     }
                                 */
                                budget: {
                                    /** @default 20 */
                                    indirectCapPercent: number;
                                    maxFiscal?: string | null;
                                    /**
                                     * @default national
                                     * @enum {string}
                                     */
                                    scheme: "national" | "itemised";
                                    /** @default 0 */
                                    selfRatioPercent: number;
                                } | null;
                                /** Format: date */
                                endBy?: string | null;
                                /**
                                 * @default {
                                 *       "minCount": 1,
                                 *       "kinds": [
                                 *         "invention_patents",
                                 *         "granted_patents",
                                 *         "software_copyrights",
                                 *         "papers",
                                 *         "standards",
                                 *         "new_products",
                                 *         "new_varieties",
                                 *         "demonstration_bases",
                                 *         "revenue",
                                 *         "profit_tax",
                                 *         "jobs",
                                 *         "talents",
                                 *         "other"
                                 *       ]
                                 *     }
                                 */
                                indicators: {
                                    /**
                                     * @default [
                                     *       "invention_patents",
                                     *       "granted_patents",
                                     *       "software_copyrights",
                                     *       "papers",
                                     *       "standards",
                                     *       "new_products",
                                     *       "new_varieties",
                                     *       "demonstration_bases",
                                     *       "revenue",
                                     *       "profit_tax",
                                     *       "jobs",
                                     *       "talents",
                                     *       "other"
                                     *     ]
                                     */
                                    kinds: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                    /** @default 1 */
                                    minCount: number;
                                };
                                /** @default 1 */
                                leaderOpenLimit: number;
                                /** @default 15 */
                                maxMembers: number;
                                /** @default 5 */
                                maxPartners: number;
                                /** @default 2 */
                                minMilestones: number;
                                /**
                                 * @default {
                                 *       "min": 12,
                                 *       "max": 36
                                 *     }
                                 */
                                periodMonths: {
                                    max: number;
                                    min: number;
                                };
                                /**
                                 * @default recommend
                                 * @enum {string|null}
                                 */
                                stampedCopyStep: "recommend" | "pass_formal_review" | null;
                                /** Format: date */
                                startFrom?: string | null;
                                /**
                                 * @default [
                                 *       {
                                 *         "key": "content",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "route",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "innovation",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "goals",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       }
                                 *     ]
                                 */
                                texts: {
                                    /** @enum {string} */
                                    key: "content" | "route" | "innovation" | "goals";
                                    /** @default 3000 */
                                    maxLength: number;
                                    /** @default true */
                                    required: boolean;
                                }[];
                            } | null;
                            attachments: {
                                key: string;
                                maxBytes: number;
                                name: string;
                                /** @default false */
                                required: boolean;
                                types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                            }[];
                            /** Format: date-time */
                            closesAt: string;
                            contact: string | null;
                            criteria: {
                                key: string;
                                max: number;
                                name: string;
                            }[];
                            defaultQuota: number | null;
                            description: string | null;
                            expertReview: boolean;
                            formFields: {
                                columns?: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "date";
                                }[];
                                key: string;
                                label: string;
                                maxLength?: number;
                                options?: string[];
                                /** @default false */
                                required: boolean;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "date" | "select" | "table";
                            }[];
                            id: number;
                            /** Format: date-time */
                            opensAt: string;
                            program: {
                                /** @enum {string} */
                                applicantKind: "org" | "person";
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                sectionCode: string;
                            };
                            quotas: {
                                jurisdictionCode: string;
                                quota: number;
                            }[];
                            reviewCommentRequired: boolean;
                            /** @enum {string} */
                            status: "upcoming" | "open" | "closed";
                            title: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/calls/{id}/decision-pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上会材料: the applications awaiting decision with scores, spread, recommendations and requested funding */
        get: {
            parameters: {
                query?: {
                    format?: "docx" | "xlsx";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call's review panel: its draws (seed, candidates, who was left out and why) and each expert's progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/panel/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the call's reviews not yet scored, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/panel/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw a panel at random from the pool (by field, with 回避) and assign it to every application under review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        dueOn: string;
                        field?: string;
                        seed?: string;
                        size: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/panel/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace an expert who declined or missed the deadline by a fresh draw */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expertId: number;
                        note?: string;
                        /** @enum {string} */
                        reason: "declined" | "missed_deadline" | "conflict" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business day in Beijing (KEGUAN_TODAY when pinned): the browser's "today" and "this year" */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            now: string;
                            today: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published consultations with their comment counts and whether the outcome is out */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consultation's comments (with the writers' contact, for staff) and its outcome */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the outcome (采纳情况) before it is published */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/result/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the outcome once the period has ended and every comment is weighed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record how a comment was taken up: adopted, partly or not_adopted (with the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        adoption: "adopted" | "partly" | "not_adopted";
                        reason?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cooperations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cooperations (filters, q, paging), with money totals */
        get: {
            parameters: {
                query?: {
                    jurisdictionCode?: string;
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add to cooperations */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: (number | string) | null;
                        /** Format: date */
                        endsOn?: string | null;
                        jurisdictionCode?: string | null;
                        orgId?: number | null;
                        partner: string;
                        projectId?: number | null;
                        /** Format: date */
                        signedOn: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cooperations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of cooperations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete one of cooperations */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit one of cooperations */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: (number | string) | null;
                        /** Format: date */
                        endsOn?: string | null;
                        jurisdictionCode?: string | null;
                        orgId?: number | null;
                        partner?: string;
                        projectId?: number | null;
                        /** Format: date */
                        signedOn?: string;
                        subject?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/cooperations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered cooperations as .xlsx */
        get: {
            parameters: {
                query?: {
                    jurisdictionCode?: string;
                    lang?: "zh-CN" | "en";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cooperations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import cooperations from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cooperations/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook to fill for an import of cooperations: its headers, and what each column takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/reports/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's 政府信息公开工作年度报告: tables counted from the data, staff's narrative and entries; frozen once final */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Save the narrative parts and the figures staff enter (a draft only; the version read is checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default {
                         *       "permits": 0,
                         *       "penalties": 0,
                         *       "coercion": 0,
                         *       "feesWan": 0,
                         *       "reconsideration": {
                         *         "maintained": 0,
                         *         "corrected": 0,
                         *         "other": 0,
                         *         "pending": 0
                         *       },
                         *       "litigationDirect": {
                         *         "maintained": 0,
                         *         "corrected": 0,
                         *         "other": 0,
                         *         "pending": 0
                         *       },
                         *       "litigationAfterReview": {
                         *         "maintained": 0,
                         *         "corrected": 0,
                         *         "other": 0,
                         *         "pending": 0
                         *       }
                         *     }
                         */
                        entered?: {
                            /** @default 0 */
                            coercion?: number;
                            /** @default 0 */
                            feesWan?: number;
                            /**
                             * @default {
                             *       "maintained": 0,
                             *       "corrected": 0,
                             *       "other": 0,
                             *       "pending": 0
                             *     }
                             */
                            litigationAfterReview?: {
                                /** @default 0 */
                                corrected?: number;
                                /** @default 0 */
                                maintained?: number;
                                /** @default 0 */
                                other?: number;
                                /** @default 0 */
                                pending?: number;
                            };
                            /**
                             * @default {
                             *       "maintained": 0,
                             *       "corrected": 0,
                             *       "other": 0,
                             *       "pending": 0
                             *     }
                             */
                            litigationDirect?: {
                                /** @default 0 */
                                corrected?: number;
                                /** @default 0 */
                                maintained?: number;
                                /** @default 0 */
                                other?: number;
                                /** @default 0 */
                                pending?: number;
                            };
                            /** @default 0 */
                            penalties?: number;
                            /** @default 0 */
                            permits?: number;
                            /**
                             * @default {
                             *       "maintained": 0,
                             *       "corrected": 0,
                             *       "other": 0,
                             *       "pending": 0
                             *     }
                             */
                            reconsideration?: {
                                /** @default 0 */
                                corrected?: number;
                                /** @default 0 */
                                maintained?: number;
                                /** @default 0 */
                                other?: number;
                                /** @default 0 */
                                pending?: number;
                            };
                        };
                        /**
                         * @default {
                         *       "overview": [],
                         *       "problems": [],
                         *       "other": []
                         *     }
                         */
                        narrative?: {
                            /** @default [] */
                            other?: string[];
                            /** @default [] */
                            overview?: string[];
                            /** @default [] */
                            problems?: string[];
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/reports/{year}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** finalise (freeze it as it stands, after the year) or reopen (a leader) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "finalise" | "reopen";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/reports/{year}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The annual report as .docx in the national template and the GB/T 9704 layout */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/reports/{year}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the final report a draft item of 政府信息公开—年度报告 (its .docx attached), for review and publication */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests for disclosure, open ones first by their statutory day */
        get: {
            parameters: {
                query?: {
                    mine?: "1";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    state?: "open" | "overdue" | "due_soon" | "received" | "correction" | "consulting" | "answered";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                /** @enum {string} */
                                applicantKind: "person" | "company" | "research" | "public_interest" | "legal_service" | "other";
                                assignee: string | null;
                                assigneeId: number | null;
                                /** @enum {string} */
                                channel: "online" | "letter" | "in_person" | "fax" | "email";
                                clockFrom: string;
                                code: string;
                                consultingSince: string | null;
                                contactName: string | null;
                                correctionAskedOn: string | null;
                                correctionDueOn: string | null;
                                correctionNote: string | null;
                                /** @enum {string} */
                                delivery: "mail" | "email" | "pickup" | "online";
                                description: string;
                                dueOn: string | null;
                                email: string | null;
                                extendedDays: number;
                                extendedOn: string | null;
                                extensionReason: string | null;
                                /** @enum {string} */
                                form: "paper" | "electronic";
                                id: number;
                                idNumber: string | null;
                                idType: string | null;
                                legalBasis: string | null;
                                legalRepresentative: string | null;
                                name: string;
                                /** @enum {string|null} */
                                outcome: "disclose" | "partial" | "withhold" | "unavailable" | "not_processed" | "other" | null;
                                outcomeReason: string | null;
                                overdue: boolean;
                                pausedDays: number;
                                phone: string;
                                postcode: string | null;
                                purpose: string | null;
                                receivedOn: string;
                                repliedOn: string | null;
                                replyText: string | null;
                                section: string | null;
                                sectionCode: string | null;
                                /** @enum {string} */
                                state: "received" | "correction" | "consulting" | "answered";
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a request received by letter, fax, e-mail or in person, with the day it arrived */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        /** @enum {string} */
                        applicantKind: "person" | "company" | "research" | "public_interest" | "legal_service" | "other";
                        /** @enum {string} */
                        channel: "letter" | "in_person" | "fax" | "email";
                        contactName?: string;
                        /** @enum {string} */
                        delivery: "mail" | "email" | "pickup" | "online";
                        description: string;
                        email?: "" | string;
                        /** @enum {string} */
                        form: "paper" | "electronic";
                        idNumber?: string;
                        /** @enum {string} */
                        idType?: "id_card" | "passport" | "other";
                        legalRepresentative?: string;
                        name: string;
                        phone: string;
                        postcode?: "" | string;
                        purpose?: string;
                        /** Format: date */
                        receivedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            /** @enum {string} */
                            applicantKind: "person" | "company" | "research" | "public_interest" | "legal_service" | "other";
                            assignee: string | null;
                            assigneeId: number | null;
                            /** @enum {string} */
                            channel: "online" | "letter" | "in_person" | "fax" | "email";
                            clockFrom: string;
                            code: string;
                            consultingSince: string | null;
                            contactName: string | null;
                            correctionAskedOn: string | null;
                            correctionDueOn: string | null;
                            correctionLatestOn: string;
                            correctionNote: string | null;
                            /** @enum {string} */
                            delivery: "mail" | "email" | "pickup" | "online";
                            description: string;
                            dueOn: string | null;
                            email: string | null;
                            events: {
                                action: string;
                                actor: string | null;
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                day: string;
                                id: number;
                                note: string | null;
                            }[];
                            extendedDays: number;
                            extendedOn: string | null;
                            extensionReason: string | null;
                            /** @enum {string} */
                            form: "paper" | "electronic";
                            id: number;
                            idNumber: string | null;
                            idType: string | null;
                            legalBasis: string | null;
                            legalRepresentative: string | null;
                            name: string;
                            /** @enum {string|null} */
                            outcome: "disclose" | "partial" | "withhold" | "unavailable" | "not_processed" | "other" | null;
                            outcomeReason: string | null;
                            overdue: boolean;
                            pausedDays: number;
                            phone: string;
                            postcode: string | null;
                            purpose: string | null;
                            receivedOn: string;
                            repliedOn: string | null;
                            replyText: string | null;
                            section: string | null;
                            sectionCode: string | null;
                            /** @enum {string} */
                            state: "received" | "correction" | "consulting" | "answered";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/requests/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** assign, ask_correction, correct, consult, consulted, extend (once, ≤ 20 working days) or answer (with an outcome and its ground) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "assign";
                        assigneeId?: number | null;
                        sectionCode?: string | null;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "ask_correction";
                        /** Format: date */
                        correctionDueOn: string;
                        note: string;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "correct";
                        description: string;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "consult";
                        note: string;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "consulted";
                        note: string;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "extend";
                        days: number;
                        reason: string;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "answer";
                        legalBasis?: string;
                        /** @enum {string} */
                        outcome: "disclose" | "partial" | "withhold" | "unavailable" | "not_processed" | "other";
                        reason?: string | null;
                        replyText: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosure/requests/{id}/letters/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A letter of the request as .docx (correction, extension, reply), once the act it records is done */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "correction" | "extension" | "reply";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreements, progress reports or change requests across my projects */
        get: {
            parameters: {
                query: {
                    kind: "agreements" | "reports" | "changes";
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    waiting?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专家库: expert accounts with their fields, title, availability and declared conflicts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                available: boolean;
                                conflictOrgIds: number[];
                                conflictOrgs: {
                                    id: number;
                                    name: string;
                                }[];
                                displayName: string;
                                fields: string[];
                                id: number;
                                jurisdictionCode: string | null;
                                orgId: number | null;
                                orgName: string | null;
                                specialty: string | null;
                                title: string | null;
                                unavailableUntil: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experts/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** An expert's fields, title, availability and declared conflicts (the expert: their own availability and conflicts) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        available: boolean;
                        /** @default [] */
                        conflictOrgIds?: number[];
                        fields: string[];
                        specialty?: string | null;
                        title?: string | null;
                        /** Format: date */
                        unavailableUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a stored file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List funds (filters, q, paging), with money totals */
        get: {
            parameters: {
                query?: {
                    kind?: "superior" | "local" | "self_raised";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sourceLevel?: "national" | "provincial" | "prefecture" | "city";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add to funds */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number | string;
                        checked?: boolean | null;
                        docNo?: string | null;
                        /** @enum {string} */
                        kind: "superior" | "local" | "self_raised";
                        orgId?: number | null;
                        projectId?: number | null;
                        /** Format: date */
                        receivedOn?: string | null;
                        /** @enum {string|null} */
                        sourceLevel?: "national" | "provincial" | "prefecture" | "city" | null;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of funds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete one of funds */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit one of funds */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number | string;
                        checked?: boolean | null;
                        docNo?: string | null;
                        /** @enum {string} */
                        kind?: "superior" | "local" | "self_raised";
                        orgId?: number | null;
                        projectId?: number | null;
                        /** Format: date */
                        receivedOn?: string | null;
                        /** @enum {string|null} */
                        sourceLevel?: "national" | "provincial" | "prefecture" | "city" | null;
                        title?: string;
                        version?: number;
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/funds/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered funds as .xlsx */
        get: {
            parameters: {
                query?: {
                    kind?: "superior" | "local" | "self_raised";
                    lang?: "zh-CN" | "en";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sourceLevel?: "national" | "provincial" | "prefecture" | "city";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import funds from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook to fill for an import of funds: its headers, and what each column takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database mode */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "embedded" | "external";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Towns, zones, streets and departments (all=1 includes inactive) */
        get: {
            parameters: {
                query?: {
                    all?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                /** @enum {string} */
                                kind: "town" | "zone" | "street" | "department";
                                name: string;
                                nameEn: string | null;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a jurisdiction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        kind: "town" | "zone" | "street" | "department";
                        name: string;
                        nameEn?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            /** @enum {string} */
                            kind: "town" | "zone" | "street" | "department";
                            name: string;
                            nameEn: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jurisdictions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or deactivate a jurisdiction */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        kind?: "town" | "zone" | "street" | "department";
                        name?: string;
                        nameEn?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            /** @enum {string} */
                            kind: "town" | "zone" | "street" | "department";
                            name: string;
                            nameEn: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of metrics (指标口径) with the filters each takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A figure, narrowed by year, period, jurisdiction, organisation, section … */
        get: {
            parameters: {
                query?: {
                    adopted?: "true" | "false";
                    category?: string;
                    from?: string;
                    jurisdiction?: string;
                    kind?: string;
                    level?: string;
                    org?: number;
                    outlet?: string;
                    planType?: string;
                    program?: number;
                    section?: string;
                    source?: string;
                    state?: string;
                    to?: string;
                    type?: string;
                    year?: number;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{key}/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A figure month by month through a year (each month's own) */
        get: {
            parameters: {
                query: {
                    adopted?: "true" | "false";
                    category?: string;
                    from?: string;
                    jurisdiction?: string;
                    kind?: string;
                    level?: string;
                    org?: number;
                    outlet?: string;
                    planType?: string;
                    program?: number;
                    section?: string;
                    source?: string;
                    state?: string;
                    to?: string;
                    type?: string;
                    year: number;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/{key}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows behind a figure (for a count, total equals the value) */
        get: {
            parameters: {
                query?: {
                    adopted?: "true" | "false";
                    category?: string;
                    from?: string;
                    jurisdiction?: string;
                    kind?: string;
                    level?: string;
                    org?: number;
                    outlet?: string;
                    page?: number;
                    pageSize?: number;
                    planType?: string;
                    program?: number;
                    section?: string;
                    source?: string;
                    state?: string;
                    to?: string;
                    type?: string;
                    year?: number;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The years that have data, newest first, with the current and the last complete year */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: number;
                            items: number[];
                            lastComplete: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications (消息), newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "project.transition" | "agreement.submitted" | "agreement.signed" | "agreement.returned" | "report.submitted" | "report.accepted" | "report.returned" | "report.due_soon" | "report.overdue" | "change.requested" | "change.approved" | "change.refused" | "letter.issued" | "target_report.submitted" | "target_report.accepted" | "target_report.returned" | "approval.requested" | "review.assigned" | "review.declined" | "review.due_soon" | "approval.approved" | "approval.refused" | "portal.published" | "portal.publicity_ended";
                                params: {
                                    [key: string]: unknown;
                                };
                                projectId: number | null;
                                /** Format: date-time */
                                readAt: string | null;
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some (ids) or all of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's key figures (CC BY 4.0) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's approved projects, once announced (CC BY 4.0) */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations (search any Chinese substring with q) */
        get: {
            parameters: {
                query?: {
                    industry?: string;
                    jurisdictionCode?: string;
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "name" | "uscc" | "createdAt" | "updatedAt";
                    status?: "active" | "inactive" | "merged";
                    type?: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                bankAccount: string | null;
                                bankName: string | null;
                                contactEmail: string | null;
                                contactName: string | null;
                                contactPhone: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                foundedOn: string | null;
                                id: number;
                                industry: string | null;
                                jurisdictionCode: string;
                                jurisdictionName: string | null;
                                legalRepresentative: string | null;
                                mergedIntoId: number | null;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                                /** @enum {string} */
                                type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                                /** Format: date-time */
                                updatedAt: string;
                                uscc: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        bankAccount?: string | null;
                        bankName?: string | null;
                        /** Format: email */
                        contactEmail?: string | null;
                        contactName?: string | null;
                        contactPhone?: string | null;
                        /** Format: date */
                        foundedOn?: string | null;
                        industry?: string | null;
                        jurisdictionCode: string;
                        legalRepresentative?: string | null;
                        name: string;
                        /** @enum {string} */
                        type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                        uscc: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            bankAccount: string | null;
                            bankName: string | null;
                            contactEmail: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            foundedOn: string | null;
                            id: number;
                            industry: string | null;
                            jurisdictionCode: string;
                            jurisdictionName: string | null;
                            legalRepresentative: string | null;
                            mergedIntoId: number | null;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            uscc: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            bankAccount: string | null;
                            bankName: string | null;
                            contactEmail: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            foundedOn: string | null;
                            id: number;
                            industry: string | null;
                            jurisdictionCode: string;
                            jurisdictionName: string | null;
                            legalRepresentative: string | null;
                            mergedIntoId: number | null;
                            name: string;
                            peopleCount: number;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            uscc: string;
                            userCount: number;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an organisation (send version to detect concurrent edits) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        bankAccount?: string | null;
                        bankName?: string | null;
                        /** Format: email */
                        contactEmail?: string | null;
                        contactName?: string | null;
                        contactPhone?: string | null;
                        /** Format: date */
                        foundedOn?: string | null;
                        industry?: string | null;
                        jurisdictionCode?: string;
                        legalRepresentative?: string | null;
                        name?: string;
                        /** @enum {string} */
                        type?: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                        uscc?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            bankAccount: string | null;
                            bankName: string | null;
                            contactEmail: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            foundedOn: string | null;
                            id: number;
                            industry: string | null;
                            jurisdictionCode: string;
                            jurisdictionName: string | null;
                            legalRepresentative: string | null;
                            mergedIntoId: number | null;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            uscc: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            bankAccount: string | null;
                            bankName: string | null;
                            contactEmail: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            foundedOn: string | null;
                            id: number;
                            industry: string | null;
                            jurisdictionCode: string;
                            jurisdictionName: string | null;
                            legalRepresentative: string | null;
                            mergedIntoId: number | null;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            uscc: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate (注销) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            bankAccount: string | null;
                            bankName: string | null;
                            contactEmail: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            foundedOn: string | null;
                            id: number;
                            industry: string | null;
                            jurisdictionCode: string;
                            jurisdictionName: string | null;
                            legalRepresentative: string | null;
                            mergedIntoId: number | null;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            uscc: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's documents (营业执照 …) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "business_licence" | "certificate" | "other";
                                mediaType: string;
                                originalName: string;
                                sha256: string;
                                size: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload a document (multipart: field kind, then file; PDF, PNG or JPEG, at most 20 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @enum {string} */
                            kind: "business_licence" | "certificate" | "other";
                            mediaType: string;
                            originalName: string;
                            sha256: string;
                            size: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度经营数据: revenue, R&D spending and staff by year, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                rdSpend: string | null;
                                rdStaff: number | null;
                                revenue: string | null;
                                staff: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/figures/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a past year's figures (营业收入, 研发投入, 职工人数, 研发人员) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rdSpend?: (number | string) | null;
                        rdStaff?: number | null;
                        revenue?: (number | string) | null;
                        staff?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rdSpend: string | null;
                            rdStaff: number | null;
                            revenue: string | null;
                            staff: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's integrity record (信用) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "failed_acceptance" | "terminated_for_cause" | "misconduct";
                                note: string | null;
                                personId: number | null;
                                projectId: number | null;
                                projectTitle: string | null;
                                recordedByName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a finding of misconduct */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        projectId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this duplicate into another organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intoId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            bankAccount: string | null;
                            bankName: string | null;
                            contactEmail: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            foundedOn: string | null;
                            id: number;
                            industry: string | null;
                            jurisdictionCode: string;
                            jurisdictionName: string | null;
                            legalRepresentative: string | null;
                            mergedIntoId: number | null;
                            moved: {
                                [key: string]: number;
                            };
                            name: string;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            uscc: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as .xlsx */
        get: {
            parameters: {
                query?: {
                    industry?: string;
                    jurisdictionCode?: string;
                    lang?: "zh-CN" | "en";
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "name" | "uscc" | "createdAt" | "updatedAt";
                    status?: "active" | "inactive" | "merged";
                    type?: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts by jurisdiction, type and status, for dashboards */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byJurisdiction: {
                                code: string;
                                count: number;
                                name: string | null;
                            }[];
                            byStatus: {
                                count: number;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                            }[];
                            byType: {
                                count: number;
                                /** @enum {string} */
                                type: "enterprise" | "institute" | "university" | "hospital" | "school" | "cooperative" | "government" | "social_org" | "other";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Publicity outlets (报送渠道) */
        get: {
            parameters: {
                query?: {
                    all?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                name: string;
                                nameEn: string | null;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an outlet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outlets/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or deactivate an outlet */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                        nameEn?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/patent-subsidies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subsidy claims, with their total */
        get: {
            parameters: {
                query?: {
                    batchId?: number;
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    state?: "claimed" | "approved" | "refused" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Claim the subsidy for a patent at a stage (filed or granted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        patentId: number;
                        /** @enum {string} */
                        stage: "filed" | "granted";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: string;
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subsidy claim */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a claim, or refuse it with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment batches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** List approved claims for publicity (拟资助名单); paid after the publicity and the director’s approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        claimIds: number[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: number;
                            id: number;
                            /** @enum {string} */
                            state: "publicity";
                            total: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/batches/{id}/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a claim off a list not yet paid (an objection upheld), refused with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        claimId: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/batches/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the payment up for approval once the publicity is over and objections answered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        docNo: string;
                        /** Format: date */
                        paidOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pendingApproval: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/batches/{id}/payment.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 拨付清单 for the finance office: payee, bank, account, patent and amount */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/batches/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment batches as .xlsx */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered claims as .xlsx */
        get: {
            parameters: {
                query?: {
                    batchId?: number;
                    lang?: "zh-CN" | "en";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    state?: "claimed" | "approved" | "refused" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an earlier subsidy ledger from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook to fill for an import of an earlier subsidy ledger: its headers, and what each column takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patent-subsidies/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's subsidy rates by type and stage, its claim window and deciding section */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Set a year's subsidy rates, claim window and deciding section */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        claimWindowMonths?: number;
                        items: {
                            amount: number | string;
                            /** @enum {string} */
                            stage: "filed" | "granted";
                            /** @enum {string} */
                            type: "invention" | "utility_model" | "design";
                        }[];
                        sectionCode?: string | null;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patents (专利) by year, type, town, organisation, keyword */
        get: {
            parameters: {
                query?: {
                    granted?: "true" | "false";
                    jurisdictionCode?: string;
                    order?: "asc" | "desc";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "filedOn" | "grantedOn" | "applicationNumber" | "updatedAt";
                    type?: "invention" | "utility_model" | "design";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicantName: string;
                                applicationNumber: string;
                                filedOn: string;
                                grantedOn: string | null;
                                id: number;
                                jurisdictionCode: string | null;
                                legalStatus: string | null;
                                orgId: number | null;
                                orgName: string | null;
                                title: string;
                                /** @enum {string} */
                                type: "invention" | "utility_model" | "design";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a patent (the application number is checked and normalised) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicantName: string;
                        applicationNumber: string;
                        /** Format: date */
                        filedOn: string;
                        /** Format: date */
                        grantedOn?: string | null;
                        legalStatus?: string | null;
                        orgId?: number | null;
                        title: string;
                        /** @enum {string} */
                        type?: "invention" | "utility_model" | "design";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicantName: string;
                            applicationNumber: string;
                            filedOn: string;
                            grantedOn: string | null;
                            id: number;
                            jurisdictionCode: string | null;
                            legalStatus: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            title: string;
                            /** @enum {string} */
                            type: "invention" | "utility_model" | "design";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a patent recorded in error (not one with a subsidy claim) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a patent (grant date, legal status …) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicantName?: string;
                        /** Format: date */
                        filedOn?: string;
                        /** Format: date */
                        grantedOn?: string | null;
                        legalStatus?: string | null;
                        orgId?: number | null;
                        title?: string;
                        /** @enum {string} */
                        type?: "invention" | "utility_model" | "design";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicantName: string;
                            applicationNumber: string;
                            filedOn: string;
                            grantedOn: string | null;
                            id: number;
                            jurisdictionCode: string | null;
                            legalStatus: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            title: string;
                            /** @enum {string} */
                            type: "invention" | "utility_model" | "design";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/patents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as .xlsx, with the patent office headers */
        get: {
            parameters: {
                query?: {
                    granted?: "true" | "false";
                    jurisdictionCode?: string;
                    lang?: "zh-CN" | "en";
                    order?: "asc" | "desc";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "filedOn" | "grantedOn" | "applicationNumber" | "updatedAt";
                    type?: "invention" | "utility_model" | "design";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import patents from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patents/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook to fill for an import of patents: its headers, and what each column takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                degree: string | null;
                                email: string | null;
                                field: string | null;
                                /** @enum {string|null} */
                                gender: "male" | "female" | null;
                                id: number;
                                idNumberMasked: string | null;
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                                phone: string | null;
                                talentTags: string[];
                                title: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        degree?: string | null;
                        /** Format: email */
                        email?: string | null;
                        field?: string | null;
                        /** @enum {string|null} */
                        gender?: "male" | "female" | null;
                        idNumber?: string | null;
                        name: string;
                        orgId?: number | null;
                        phone?: string | null;
                        /** @default [] */
                        talentTags?: string[];
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            degree: string | null;
                            email: string | null;
                            field: string | null;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                            id: number;
                            idNumberMasked: string | null;
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            talentTags: string[];
                            title: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            degree: string | null;
                            email: string | null;
                            field: string | null;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                            id: number;
                            idNumberMasked: string | null;
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            talentTags: string[];
                            title: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a person */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        degree?: string | null;
                        /** Format: email */
                        email?: string | null;
                        field?: string | null;
                        /** @enum {string|null} */
                        gender?: "male" | "female" | null;
                        idNumber?: string | null;
                        name?: string;
                        orgId?: number | null;
                        phone?: string | null;
                        /** @default [] */
                        talentTags?: string[];
                        title?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            degree: string | null;
                            email: string | null;
                            field: string | null;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                            id: number;
                            idNumberMasked: string | null;
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            talentTags: string[];
                            title: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/platforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List platforms (filters, q, paging), with money totals */
        get: {
            parameters: {
                query?: {
                    jurisdictionCode?: string;
                    kind?: "engineering_center" | "enterprise_tech_center" | "key_lab" | "incubator" | "startup_center" | "academician_workstation" | "postdoc_workstation" | "agri_park" | "other";
                    level?: "national" | "provincial" | "prefecture" | "city";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "active" | "warned" | "revoked";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add to platforms */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        docNo?: string | null;
                        /** @enum {string|null} */
                        evaluation?: "excellent" | "good" | "pass" | "fail" | null;
                        evaluationYear?: number | null;
                        jurisdictionCode?: string | null;
                        /** @enum {string} */
                        kind: "engineering_center" | "enterprise_tech_center" | "key_lab" | "incubator" | "startup_center" | "academician_workstation" | "postdoc_workstation" | "agri_park" | "other";
                        /** @enum {string} */
                        level: "national" | "provincial" | "prefecture" | "city";
                        name: string;
                        orgId?: number | null;
                        /** Format: date */
                        recognizedOn: string;
                        /** @enum {string} */
                        status: "active" | "warned" | "revoked";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platforms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of platforms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete one of platforms */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit one of platforms */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        docNo?: string | null;
                        /** @enum {string|null} */
                        evaluation?: "excellent" | "good" | "pass" | "fail" | null;
                        evaluationYear?: number | null;
                        jurisdictionCode?: string | null;
                        /** @enum {string} */
                        kind?: "engineering_center" | "enterprise_tech_center" | "key_lab" | "incubator" | "startup_center" | "academician_workstation" | "postdoc_workstation" | "agri_park" | "other";
                        /** @enum {string} */
                        level?: "national" | "provincial" | "prefecture" | "city";
                        name?: string;
                        orgId?: number | null;
                        /** Format: date */
                        recognizedOn?: string;
                        /** @enum {string} */
                        status?: "active" | "warned" | "revoked";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/platforms/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered platforms as .xlsx */
        get: {
            parameters: {
                query?: {
                    jurisdictionCode?: string;
                    kind?: "engineering_center" | "enterprise_tech_center" | "key_lab" | "incubator" | "startup_center" | "academician_workstation" | "postdoc_workstation" | "agri_park" | "other";
                    lang?: "zh-CN" | "en";
                    level?: "national" | "provincial" | "prefecture" | "city";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "active" | "warned" | "revoked";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platforms/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import platforms from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platforms/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook to fill for an import of platforms: its headers, and what each column takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's holidays and make-up working days (the working-day clock's exceptions) */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/calendar/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a day a holiday or a make-up working day */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Make a day ordinary again */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image (PNG, JPEG) or attachment (PDF, DOCX, XLSX) for the site */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items of the public site in every state, newest change first */
        get: {
            parameters: {
                query?: {
                    column?: "news" | "notices" | "policies" | "publicity" | "achievements" | "guide" | "commitments" | "open-gov" | "consultations";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    state?: "draft" | "review" | "published" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                author: string | null;
                                authorId: number | null;
                                /** @enum {string} */
                                column: "news" | "notices" | "policies" | "publicity" | "achievements" | "guide" | "commitments" | "open-gov" | "consultations";
                                endsOn: string | null;
                                id: number;
                                /** Format: date-time */
                                publishAt: string | null;
                                startsOn: string | null;
                                /** @enum {string} */
                                state: "draft" | "review" | "published" | "withdrawn";
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write a new item (a draft); the body is sanitised on save */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        attachments?: number[];
                        /** @default  */
                        bodyHtml?: string;
                        /** @enum {string} */
                        column: "news" | "notices" | "policies" | "publicity" | "achievements" | "guide" | "commitments" | "open-gov" | "consultations";
                        docNo?: string | null;
                        /** Format: date */
                        effectiveOn?: string | null;
                        /** Format: date */
                        endsOn?: string | null;
                        guide?: {
                            conditions?: string;
                            contact?: string;
                            fee?: string;
                            materials?: string[];
                            steps?: string[];
                            timeLimit?: string;
                        };
                        interprets?: number | null;
                        objectionContact?: string | null;
                        /** @enum {string} */
                        openGovCategory?: "disclosure_guide" | "disclosure_rules" | "functions" | "leaders" | "interpretation" | "plans" | "budget" | "funds" | "annual_report" | "other";
                        source?: string | null;
                        /** Format: date */
                        startsOn?: string | null;
                        summary?: string | null;
                        title: string;
                        /** @enum {string|null} */
                        topic?: "science" | "ip" | "talent" | "finance" | "organisation" | "general" | null;
                        /** @enum {string|null} */
                        validity?: "in_force" | "amended" | "repealed" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item with its attachments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                id: number;
                                mediaType: string;
                                originalName: string;
                                size: number;
                            }[];
                            author: string | null;
                            authorId: number | null;
                            bodyHtml: string;
                            bodyText: string;
                            /** @enum {string} */
                            column: "news" | "notices" | "policies" | "publicity" | "achievements" | "guide" | "commitments" | "open-gov" | "consultations";
                            /** Format: date-time */
                            createdAt: string;
                            details: {
                                /** @enum {string} */
                                category?: "disclosure_guide" | "disclosure_rules" | "functions" | "leaders" | "interpretation" | "plans" | "budget" | "funds" | "annual_report" | "other";
                                conditions?: string;
                                contact?: string;
                                fee?: string;
                                interprets?: number;
                                materials?: string[];
                                steps?: string[];
                                timeLimit?: string;
                            };
                            docNo: string | null;
                            effectiveOn: string | null;
                            endsOn: string | null;
                            id: number;
                            indexNo: string | null;
                            objectionContact: string | null;
                            /** Format: date-time */
                            publishAt: string | null;
                            reviewerId: number | null;
                            source: string | null;
                            sourceId: number | null;
                            sourceKind: string | null;
                            startsOn: string | null;
                            /** @enum {string} */
                            state: "draft" | "review" | "published" | "withdrawn";
                            summary: string | null;
                            title: string;
                            /** @enum {string|null} */
                            topic: "science" | "ip" | "talent" | "finance" | "organisation" | "general" | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @enum {string|null} */
                            validity: "in_force" | "amended" | "repealed" | null;
                            version: number;
                            withdrawnReason: string | null;
                        };
                    };
                };
            };
        };
        /** Save an item over the version the editor opened (409 STALE_VERSION otherwise) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        attachments?: number[];
                        /** @default  */
                        bodyHtml?: string;
                        /** @enum {string} */
                        column: "news" | "notices" | "policies" | "publicity" | "achievements" | "guide" | "commitments" | "open-gov" | "consultations";
                        docNo?: string | null;
                        /** Format: date */
                        effectiveOn?: string | null;
                        /** Format: date */
                        endsOn?: string | null;
                        guide?: {
                            conditions?: string;
                            contact?: string;
                            fee?: string;
                            materials?: string[];
                            steps?: string[];
                            timeLimit?: string;
                        };
                        interprets?: number | null;
                        objectionContact?: string | null;
                        /** @enum {string} */
                        openGovCategory?: "disclosure_guide" | "disclosure_rules" | "functions" | "leaders" | "interpretation" | "plans" | "budget" | "funds" | "annual_report" | "other";
                        source?: string | null;
                        /** Format: date */
                        startsOn?: string | null;
                        summary?: string | null;
                        title: string;
                        /** @enum {string|null} */
                        topic?: "science" | "ip" | "talent" | "finance" | "organisation" | "general" | null;
                        /** @enum {string|null} */
                        validity?: "in_force" | "amended" | "repealed" | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/items/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit, publish (now or at publishAt), return, withdraw (with a reason) or redraft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "publish" | "return" | "withdraw" | "redraft";
                        note?: string;
                        /** Format: date-time */
                        publishAt?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/items/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved state of an item, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                change: string;
                                item: {
                                    bodyText: string;
                                    publishAt: string | null;
                                    summary: string | null;
                                    title: string;
                                };
                                note: string | null;
                                /** Format: date-time */
                                savedAt: string;
                                savedBy: string | null;
                                /** @enum {string} */
                                state: "draft" | "review" | "published" | "withdrawn";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message box: messages and objections, open ones first by due day */
        get: {
            parameters: {
                query?: {
                    kind?: "consult" | "suggest" | "complain" | "objection";
                    mine?: "1";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    state?: "received" | "assigned" | "answered" | "open" | "overdue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assignee: string | null;
                                assigneeId: number | null;
                                body: string;
                                code: string;
                                contact: string;
                                dueOn: string;
                                id: number;
                                itemId: number | null;
                                itemTitle: string | null;
                                /** @enum {string} */
                                kind: "consult" | "suggest" | "complain" | "objection";
                                mayPublish: boolean;
                                name: string;
                                onTime: boolean | null;
                                overdue: boolean;
                                published: boolean;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                repliedAt: string | null;
                                reply: string | null;
                                sectionCode: string | null;
                                /** @enum {string} */
                                state: "received" | "assigned" | "answered";
                                subject: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/messages/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** assign (to a section and/or a person), answer, or publish/unpublish an answered message */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "assign";
                        assigneeId?: number | null;
                        sectionCode?: string | null;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "answer";
                        reply: string;
                        version: number;
                    } | {
                        /** @enum {string} */
                        action: "publish";
                        published: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/messages/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's replies: received, answered, on time, overdue */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byKind: {
                                answered: number;
                                /** @enum {string} */
                                kind: "consult" | "suggest" | "complain" | "objection";
                                onTime: number;
                                overdue: number;
                                pending: number;
                                received: number;
                            }[];
                            onTimeRate: number | null;
                            total: {
                                answered: number;
                                onTime: number;
                                overdue: number;
                                pending: number;
                                received: number;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/publicity/from-source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a draft publicity item from a call, a subsidy batch or a year of recognitions, in one click */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 5 */
                        days?: number;
                        id: number;
                        /** @enum {string} */
                        kind: "call" | "subsidy-batch" | "platform-year";
                        objectionContact?: string;
                        /** Format: date */
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/publicity/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a publicity item can be made from: calls with approvals, subsidy batches, years with recognitions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan programs (计划类别) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** @enum {string} */
                                applicantKind: "org" | "person";
                                applicationNoRule: string;
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                code: string;
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                nameEn: string | null;
                                planTypes: string[];
                                projectCodeRule: string;
                                sectionCode: string;
                                template: {
                                    application: {
                                        /** @default false */
                                        applicantFigures: boolean;
                                        /**
                                         * @default {
                                         *       "scheme": "national",
                                         *       "selfRatioPercent": 0,
                                         *       "indirectCapPercent": 20,
                                         *       "maxFiscal": null
                                         *     }
                                         */
                                        budget: {
                                            /** @default 20 */
                                            indirectCapPercent: number;
                                            maxFiscal?: string | null;
                                            /**
                                             * @default national
                                             * @enum {string}
                                             */
                                            scheme: "national" | "itemised";
                                            /** @default 0 */
                                            selfRatioPercent: number;
                                        } | null;
                                        /** Format: date */
                                        endBy?: string | null;
                                        /**
                                         * @default {
                                         *       "minCount": 1,
                                         *       "kinds": [
                                         *         "invention_patents",
                                         *         "granted_patents",
                                         *         "software_copyrights",
                                         *         "papers",
                                         *         "standards",
                                         *         "new_products",
                                         *         "new_varieties",
                                         *         "demonstration_bases",
                                         *         "revenue",
                                         *         "profit_tax",
                                         *         "jobs",
                                         *         "talents",
                                         *         "other"
                                         *       ]
                                         *     }
                                         */
                                        indicators: {
                                            /**
                                             * @default [
                                             *       "invention_patents",
                                             *       "granted_patents",
                                             *       "software_copyrights",
                                             *       "papers",
                                             *       "standards",
                                             *       "new_products",
                                             *       "new_varieties",
                                             *       "demonstration_bases",
                                             *       "revenue",
                                             *       "profit_tax",
                                             *       "jobs",
                                             *       "talents",
                                             *       "other"
                                             *     ]
                                             */
                                            kinds: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                            /** @default 1 */
                                            minCount: number;
                                        };
                                        /** @default 1 */
                                        leaderOpenLimit: number;
                                        /** @default 15 */
                                        maxMembers: number;
                                        /** @default 5 */
                                        maxPartners: number;
                                        /** @default 2 */
                                        minMilestones: number;
                                        /**
                                         * @default {
                                         *       "min": 12,
                                         *       "max": 36
                                         *     }
                                         */
                                        periodMonths: {
                                            max: number;
                                            min: number;
                                        };
                                        /**
                                         * @default recommend
                                         * @enum {string|null}
                                         */
                                        stampedCopyStep: "recommend" | "pass_formal_review" | null;
                                        /** Format: date */
                                        startFrom?: string | null;
                                        /**
                                         * @default [
                                         *       {
                                         *         "key": "content",
                                         *         "required": true,
                                         *         "maxLength": 3000
                                         *       },
                                         *       {
                                         *         "key": "route",
                                         *         "required": true,
                                         *         "maxLength": 3000
                                         *       },
                                         *       {
                                         *         "key": "innovation",
                                         *         "required": true,
                                         *         "maxLength": 3000
                                         *       },
                                         *       {
                                         *         "key": "goals",
                                         *         "required": true,
                                         *         "maxLength": 3000
                                         *       }
                                         *     ]
                                         */
                                        texts: {
                                            /** @enum {string} */
                                            key: "content" | "route" | "innovation" | "goals";
                                            /** @default 3000 */
                                            maxLength: number;
                                            /** @default true */
                                            required: boolean;
                                        }[];
                                    } | null;
                                    /** @default [] */
                                    attachments: {
                                        key: string;
                                        maxBytes: number;
                                        name: string;
                                        /** @default false */
                                        required: boolean;
                                        types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                                    }[];
                                    /** @default [] */
                                    criteria: {
                                        key: string;
                                        max: number;
                                        name: string;
                                    }[];
                                    /** @default [] */
                                    formFields: {
                                        columns?: {
                                            key: string;
                                            label: string;
                                            /** @enum {string} */
                                            type: "text" | "number" | "money" | "date";
                                        }[];
                                        key: string;
                                        label: string;
                                        maxLength?: number;
                                        options?: string[];
                                        /** @default false */
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "text" | "number" | "money" | "date" | "select" | "table";
                                    }[];
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a program */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default org
                         * @enum {string}
                         */
                        applicantKind?: "org" | "person";
                        applicationNoRule?: string | null;
                        /** @enum {string} */
                        category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                        code?: string | null;
                        /** @enum {string} */
                        level: "national" | "provincial" | "prefecture" | "city";
                        name: string;
                        nameEn?: string | null;
                        /** @default [] */
                        planTypes?: string[];
                        projectCodeRule?: string | null;
                        sectionCode: string;
                        template?: {
                            application: {
                                /** @default false */
                                applicantFigures?: boolean;
                                /**
                                 * @default {
                                 *       "scheme": "national",
                                 *       "selfRatioPercent": 0,
                                 *       "indirectCapPercent": 20,
                                 *       "maxFiscal": null
                                 *     }
                                 */
                                budget?: {
                                    /** @default 20 */
                                    indirectCapPercent?: number;
                                    maxFiscal?: string | null;
                                    /**
                                     * @default national
                                     * @enum {string}
                                     */
                                    scheme?: "national" | "itemised";
                                    /** @default 0 */
                                    selfRatioPercent?: number;
                                } | null;
                                /** Format: date */
                                endBy?: string | null;
                                /**
                                 * @default {
                                 *       "minCount": 1,
                                 *       "kinds": [
                                 *         "invention_patents",
                                 *         "granted_patents",
                                 *         "software_copyrights",
                                 *         "papers",
                                 *         "standards",
                                 *         "new_products",
                                 *         "new_varieties",
                                 *         "demonstration_bases",
                                 *         "revenue",
                                 *         "profit_tax",
                                 *         "jobs",
                                 *         "talents",
                                 *         "other"
                                 *       ]
                                 *     }
                                 */
                                indicators?: {
                                    /**
                                     * @default [
                                     *       "invention_patents",
                                     *       "granted_patents",
                                     *       "software_copyrights",
                                     *       "papers",
                                     *       "standards",
                                     *       "new_products",
                                     *       "new_varieties",
                                     *       "demonstration_bases",
                                     *       "revenue",
                                     *       "profit_tax",
                                     *       "jobs",
                                     *       "talents",
                                     *       "other"
                                     *     ]
                                     */
                                    kinds?: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                    /** @default 1 */
                                    minCount?: number;
                                };
                                /** @default 1 */
                                leaderOpenLimit?: number;
                                /** @default 15 */
                                maxMembers?: number;
                                /** @default 5 */
                                maxPartners?: number;
                                /** @default 2 */
                                minMilestones?: number;
                                /**
                                 * @default {
                                 *       "min": 12,
                                 *       "max": 36
                                 *     }
                                 */
                                periodMonths?: {
                                    max: number;
                                    min: number;
                                };
                                /**
                                 * @default recommend
                                 * @enum {string|null}
                                 */
                                stampedCopyStep?: "recommend" | "pass_formal_review" | null;
                                /** Format: date */
                                startFrom?: string | null;
                                /**
                                 * @default [
                                 *       {
                                 *         "key": "content",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "route",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "innovation",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "goals",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       }
                                 *     ]
                                 */
                                texts?: {
                                    /** @enum {string} */
                                    key: "content" | "route" | "innovation" | "goals";
                                    /** @default 3000 */
                                    maxLength?: number;
                                    /** @default true */
                                    required?: boolean;
                                }[];
                            } | null;
                            /** @default [] */
                            attachments?: {
                                key: string;
                                maxBytes: number;
                                name: string;
                                /** @default false */
                                required?: boolean;
                                types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                            }[];
                            /** @default [] */
                            criteria?: {
                                key: string;
                                max: number;
                                name: string;
                            }[];
                            /** @default [] */
                            formFields?: {
                                columns?: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "date";
                                }[];
                                key: string;
                                label: string;
                                maxLength?: number;
                                options?: string[];
                                /** @default false */
                                required?: boolean;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "date" | "select" | "table";
                            }[];
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            applicantKind: "org" | "person";
                            applicationNoRule: string;
                            /** @enum {string} */
                            category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                            code: string;
                            id: number;
                            /** @enum {string} */
                            level: "national" | "provincial" | "prefecture" | "city";
                            name: string;
                            nameEn: string | null;
                            planTypes: string[];
                            projectCodeRule: string;
                            sectionCode: string;
                            template: {
                                application: {
                                    /** @default false */
                                    applicantFigures: boolean;
                                    /**
                                     * @default {
                                     *       "scheme": "national",
                                     *       "selfRatioPercent": 0,
                                     *       "indirectCapPercent": 20,
                                     *       "maxFiscal": null
                                     *     }
                                     */
                                    budget: {
                                        /** @default 20 */
                                        indirectCapPercent: number;
                                        maxFiscal?: string | null;
                                        /**
                                         * @default national
                                         * @enum {string}
                                         */
                                        scheme: "national" | "itemised";
                                        /** @default 0 */
                                        selfRatioPercent: number;
                                    } | null;
                                    /** Format: date */
                                    endBy?: string | null;
                                    /**
                                     * @default {
                                     *       "minCount": 1,
                                     *       "kinds": [
                                     *         "invention_patents",
                                     *         "granted_patents",
                                     *         "software_copyrights",
                                     *         "papers",
                                     *         "standards",
                                     *         "new_products",
                                     *         "new_varieties",
                                     *         "demonstration_bases",
                                     *         "revenue",
                                     *         "profit_tax",
                                     *         "jobs",
                                     *         "talents",
                                     *         "other"
                                     *       ]
                                     *     }
                                     */
                                    indicators: {
                                        /**
                                         * @default [
                                         *       "invention_patents",
                                         *       "granted_patents",
                                         *       "software_copyrights",
                                         *       "papers",
                                         *       "standards",
                                         *       "new_products",
                                         *       "new_varieties",
                                         *       "demonstration_bases",
                                         *       "revenue",
                                         *       "profit_tax",
                                         *       "jobs",
                                         *       "talents",
                                         *       "other"
                                         *     ]
                                         */
                                        kinds: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                        /** @default 1 */
                                        minCount: number;
                                    };
                                    /** @default 1 */
                                    leaderOpenLimit: number;
                                    /** @default 15 */
                                    maxMembers: number;
                                    /** @default 5 */
                                    maxPartners: number;
                                    /** @default 2 */
                                    minMilestones: number;
                                    /**
                                     * @default {
                                     *       "min": 12,
                                     *       "max": 36
                                     *     }
                                     */
                                    periodMonths: {
                                        max: number;
                                        min: number;
                                    };
                                    /**
                                     * @default recommend
                                     * @enum {string|null}
                                     */
                                    stampedCopyStep: "recommend" | "pass_formal_review" | null;
                                    /** Format: date */
                                    startFrom?: string | null;
                                    /**
                                     * @default [
                                     *       {
                                     *         "key": "content",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       },
                                     *       {
                                     *         "key": "route",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       },
                                     *       {
                                     *         "key": "innovation",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       },
                                     *       {
                                     *         "key": "goals",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       }
                                     *     ]
                                     */
                                    texts: {
                                        /** @enum {string} */
                                        key: "content" | "route" | "innovation" | "goals";
                                        /** @default 3000 */
                                        maxLength: number;
                                        /** @default true */
                                        required: boolean;
                                    }[];
                                } | null;
                                /** @default [] */
                                attachments: {
                                    key: string;
                                    maxBytes: number;
                                    name: string;
                                    /** @default false */
                                    required: boolean;
                                    types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                                }[];
                                /** @default [] */
                                criteria: {
                                    key: string;
                                    max: number;
                                    name: string;
                                }[];
                                /** @default [] */
                                formFields: {
                                    columns?: {
                                        key: string;
                                        label: string;
                                        /** @enum {string} */
                                        type: "text" | "number" | "money" | "date";
                                    }[];
                                    key: string;
                                    label: string;
                                    maxLength?: number;
                                    options?: string[];
                                    /** @default false */
                                    required: boolean;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "date" | "select" | "table";
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a program */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /**
                         * @default org
                         * @enum {string}
                         */
                        applicantKind?: "org" | "person";
                        applicationNoRule?: string | null;
                        /** @enum {string} */
                        category?: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                        code?: string | null;
                        /** @enum {string} */
                        level?: "national" | "provincial" | "prefecture" | "city";
                        name?: string;
                        nameEn?: string | null;
                        /** @default [] */
                        planTypes?: string[];
                        projectCodeRule?: string | null;
                        sectionCode?: string;
                        template?: {
                            application: {
                                /** @default false */
                                applicantFigures?: boolean;
                                /**
                                 * @default {
                                 *       "scheme": "national",
                                 *       "selfRatioPercent": 0,
                                 *       "indirectCapPercent": 20,
                                 *       "maxFiscal": null
                                 *     }
                                 */
                                budget?: {
                                    /** @default 20 */
                                    indirectCapPercent?: number;
                                    maxFiscal?: string | null;
                                    /**
                                     * @default national
                                     * @enum {string}
                                     */
                                    scheme?: "national" | "itemised";
                                    /** @default 0 */
                                    selfRatioPercent?: number;
                                } | null;
                                /** Format: date */
                                endBy?: string | null;
                                /**
                                 * @default {
                                 *       "minCount": 1,
                                 *       "kinds": [
                                 *         "invention_patents",
                                 *         "granted_patents",
                                 *         "software_copyrights",
                                 *         "papers",
                                 *         "standards",
                                 *         "new_products",
                                 *         "new_varieties",
                                 *         "demonstration_bases",
                                 *         "revenue",
                                 *         "profit_tax",
                                 *         "jobs",
                                 *         "talents",
                                 *         "other"
                                 *       ]
                                 *     }
                                 */
                                indicators?: {
                                    /**
                                     * @default [
                                     *       "invention_patents",
                                     *       "granted_patents",
                                     *       "software_copyrights",
                                     *       "papers",
                                     *       "standards",
                                     *       "new_products",
                                     *       "new_varieties",
                                     *       "demonstration_bases",
                                     *       "revenue",
                                     *       "profit_tax",
                                     *       "jobs",
                                     *       "talents",
                                     *       "other"
                                     *     ]
                                     */
                                    kinds?: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                    /** @default 1 */
                                    minCount?: number;
                                };
                                /** @default 1 */
                                leaderOpenLimit?: number;
                                /** @default 15 */
                                maxMembers?: number;
                                /** @default 5 */
                                maxPartners?: number;
                                /** @default 2 */
                                minMilestones?: number;
                                /**
                                 * @default {
                                 *       "min": 12,
                                 *       "max": 36
                                 *     }
                                 */
                                periodMonths?: {
                                    max: number;
                                    min: number;
                                };
                                /**
                                 * @default recommend
                                 * @enum {string|null}
                                 */
                                stampedCopyStep?: "recommend" | "pass_formal_review" | null;
                                /** Format: date */
                                startFrom?: string | null;
                                /**
                                 * @default [
                                 *       {
                                 *         "key": "content",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "route",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "innovation",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       },
                                 *       {
                                 *         "key": "goals",
                                 *         "required": true,
                                 *         "maxLength": 3000
                                 *       }
                                 *     ]
                                 */
                                texts?: {
                                    /** @enum {string} */
                                    key: "content" | "route" | "innovation" | "goals";
                                    /** @default 3000 */
                                    maxLength?: number;
                                    /** @default true */
                                    required?: boolean;
                                }[];
                            } | null;
                            /** @default [] */
                            attachments?: {
                                key: string;
                                maxBytes: number;
                                name: string;
                                /** @default false */
                                required?: boolean;
                                types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                            }[];
                            /** @default [] */
                            criteria?: {
                                key: string;
                                max: number;
                                name: string;
                            }[];
                            /** @default [] */
                            formFields?: {
                                columns?: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "date";
                                }[];
                                key: string;
                                label: string;
                                maxLength?: number;
                                options?: string[];
                                /** @default false */
                                required?: boolean;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "date" | "select" | "table";
                            }[];
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            applicantKind: "org" | "person";
                            applicationNoRule: string;
                            /** @enum {string} */
                            category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                            code: string;
                            id: number;
                            /** @enum {string} */
                            level: "national" | "provincial" | "prefecture" | "city";
                            name: string;
                            nameEn: string | null;
                            planTypes: string[];
                            projectCodeRule: string;
                            sectionCode: string;
                            template: {
                                application: {
                                    /** @default false */
                                    applicantFigures: boolean;
                                    /**
                                     * @default {
                                     *       "scheme": "national",
                                     *       "selfRatioPercent": 0,
                                     *       "indirectCapPercent": 20,
                                     *       "maxFiscal": null
                                     *     }
                                     */
                                    budget: {
                                        /** @default 20 */
                                        indirectCapPercent: number;
                                        maxFiscal?: string | null;
                                        /**
                                         * @default national
                                         * @enum {string}
                                         */
                                        scheme: "national" | "itemised";
                                        /** @default 0 */
                                        selfRatioPercent: number;
                                    } | null;
                                    /** Format: date */
                                    endBy?: string | null;
                                    /**
                                     * @default {
                                     *       "minCount": 1,
                                     *       "kinds": [
                                     *         "invention_patents",
                                     *         "granted_patents",
                                     *         "software_copyrights",
                                     *         "papers",
                                     *         "standards",
                                     *         "new_products",
                                     *         "new_varieties",
                                     *         "demonstration_bases",
                                     *         "revenue",
                                     *         "profit_tax",
                                     *         "jobs",
                                     *         "talents",
                                     *         "other"
                                     *       ]
                                     *     }
                                     */
                                    indicators: {
                                        /**
                                         * @default [
                                         *       "invention_patents",
                                         *       "granted_patents",
                                         *       "software_copyrights",
                                         *       "papers",
                                         *       "standards",
                                         *       "new_products",
                                         *       "new_varieties",
                                         *       "demonstration_bases",
                                         *       "revenue",
                                         *       "profit_tax",
                                         *       "jobs",
                                         *       "talents",
                                         *       "other"
                                         *     ]
                                         */
                                        kinds: ("invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other")[];
                                        /** @default 1 */
                                        minCount: number;
                                    };
                                    /** @default 1 */
                                    leaderOpenLimit: number;
                                    /** @default 15 */
                                    maxMembers: number;
                                    /** @default 5 */
                                    maxPartners: number;
                                    /** @default 2 */
                                    minMilestones: number;
                                    /**
                                     * @default {
                                     *       "min": 12,
                                     *       "max": 36
                                     *     }
                                     */
                                    periodMonths: {
                                        max: number;
                                        min: number;
                                    };
                                    /**
                                     * @default recommend
                                     * @enum {string|null}
                                     */
                                    stampedCopyStep: "recommend" | "pass_formal_review" | null;
                                    /** Format: date */
                                    startFrom?: string | null;
                                    /**
                                     * @default [
                                     *       {
                                     *         "key": "content",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       },
                                     *       {
                                     *         "key": "route",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       },
                                     *       {
                                     *         "key": "innovation",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       },
                                     *       {
                                     *         "key": "goals",
                                     *         "required": true,
                                     *         "maxLength": 3000
                                     *       }
                                     *     ]
                                     */
                                    texts: {
                                        /** @enum {string} */
                                        key: "content" | "route" | "innovation" | "goals";
                                        /** @default 3000 */
                                        maxLength: number;
                                        /** @default true */
                                        required: boolean;
                                    }[];
                                } | null;
                                /** @default [] */
                                attachments: {
                                    key: string;
                                    maxBytes: number;
                                    name: string;
                                    /** @default false */
                                    required: boolean;
                                    types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                                }[];
                                /** @default [] */
                                criteria: {
                                    key: string;
                                    max: number;
                                    name: string;
                                }[];
                                /** @default [] */
                                formFields: {
                                    columns?: {
                                        key: string;
                                        label: string;
                                        /** @enum {string} */
                                        type: "text" | "number" | "money" | "date";
                                    }[];
                                    key: string;
                                    label: string;
                                    maxLength?: number;
                                    options?: string[];
                                    /** @default false */
                                    required: boolean;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "date" | "select" | "table";
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications and projects in my scope */
        get: {
            parameters: {
                query?: {
                    callId?: number;
                    category?: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                    jurisdictionCode?: string;
                    level?: "national" | "provincial" | "prefecture" | "city";
                    order?: "asc" | "desc";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sectionCode?: string;
                    sort?: "updatedAt" | "createdAt" | "title" | "requested";
                    state?: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicationNo: string | null;
                                approvedFunding: string | null;
                                callId: number;
                                callTitle: string;
                                code: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                docNo: string | null;
                                id: number;
                                jurisdictionCode: string;
                                leaderName: string | null;
                                orgId: number;
                                orgName: string;
                                planType: string | null;
                                program: {
                                    /** @enum {string} */
                                    category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                    id: number;
                                    /** @enum {string} */
                                    level: "national" | "provincial" | "prefecture" | "city";
                                    name: string;
                                    sectionCode: string;
                                };
                                requestedFunding: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                                /** Format: date-time */
                                submittedAt: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                year: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start an application (a draft) in an open call */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        application?: {
                            applicantConfirmed?: boolean;
                            budget?: {
                                /** @enum {string} */
                                category: "equipment" | "business" | "labour" | "indirect" | "materials" | "testing" | "fuel" | "travel_meeting" | "publication_ip" | "consultancy" | "other";
                                fiscal?: (number | string) | null;
                                note?: string | null;
                                other?: (number | string) | null;
                                self?: (number | string) | null;
                            }[];
                            /** Format: date */
                            endOn?: string | null;
                            indicators?: {
                                /** @enum {string} */
                                kind: "invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other";
                                name?: string | null;
                                unit?: string | null;
                                value: number;
                            }[];
                            industry?: string | null;
                            leader?: {
                                months?: number | null;
                                personId: number;
                                role?: string | null;
                            } | null;
                            members?: {
                                months: number;
                                personId: number;
                                role: string;
                            }[];
                            milestones?: {
                                deliverable?: string | null;
                                /** Format: date */
                                dueOn: string;
                                title: string;
                            }[];
                            partners?: {
                                name: string;
                                orgId?: number | null;
                                role?: string | null;
                                uscc: string;
                            }[];
                            /** Format: date */
                            startOn?: string | null;
                            techField?: string | null;
                            texts?: {
                                [key: string]: string;
                            };
                        };
                        callId: number;
                        /** @default {} */
                        formData?: {
                            [key: string]: unknown;
                        };
                        leaderName?: string | null;
                        personId?: number | null;
                        requestedFunding?: (number | string) | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                applicant: {
                                    address: string | null;
                                    confirmedAt: string;
                                    contactEmail: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    figures: {
                                        rdSpend: string | null;
                                        rdStaff: number | null;
                                        revenue: string | null;
                                        staff: number | null;
                                        year: number;
                                    } | null;
                                    legalRepresentative: string | null;
                                    name: string;
                                    type: string;
                                    uscc: string;
                                } | null;
                                budget: {
                                    /** @enum {string} */
                                    category: "equipment" | "business" | "labour" | "indirect" | "materials" | "testing" | "fuel" | "travel_meeting" | "publication_ip" | "consultancy" | "other";
                                    fiscal: string;
                                    note: string | null;
                                    other: string;
                                    self: string;
                                }[];
                                budgetTotals: {
                                    fiscal: string;
                                    other: string;
                                    self: string;
                                    total: string;
                                };
                                endOn: string | null;
                                indicators: {
                                    /** @enum {string} */
                                    kind: "invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other";
                                    name?: string | null;
                                    unit?: string | null;
                                    value: number;
                                }[];
                                industry: string | null;
                                leader: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                } | null;
                                members: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                }[];
                                milestones: {
                                    deliverable?: string | null;
                                    /** Format: date */
                                    dueOn: string;
                                    title: string;
                                }[];
                                partners: {
                                    name: string;
                                    orgId?: number | null;
                                    role?: string | null;
                                    uscc: string;
                                }[];
                                startOn: string | null;
                                techField: string | null;
                                techFieldName: string | null;
                                texts: {
                                    [key: string]: string;
                                };
                            } | null;
                            applicationNo: string | null;
                            approvedFunding: string | null;
                            availableActions: ("submit" | "withdraw" | "recommend" | "return" | "pass_formal_review" | "finish_review" | "approve" | "report_up" | "record_result" | "reject" | "midterm_check" | "request_acceptance" | "accept" | "fail_acceptance" | "terminate")[];
                            callId: number;
                            callTitle: string;
                            checksum: string | null;
                            code: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            docNo: string | null;
                            expertReview: boolean;
                            formData: {
                                [key: string]: unknown;
                            };
                            history: {
                                action: string;
                                actorName: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                comment: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string|null} */
                                fromState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated" | null;
                                id: number;
                                /** @enum {string} */
                                toState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            }[];
                            id: number;
                            integrity: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "failed_acceptance" | "terminated_for_cause" | "misconduct";
                                note: string | null;
                                personId: number | null;
                                projectId: number | null;
                                projectTitle: string | null;
                                recordedByName: string | null;
                            }[];
                            jurisdictionCode: string;
                            leaderName: string | null;
                            missing: {
                                field: string;
                                message: string;
                                problem: string;
                                /** @enum {string} */
                                section: "basic" | "applicant" | "team" | "texts" | "indicators" | "budget" | "milestones" | "attachments" | "extra";
                            }[];
                            orgId: number;
                            orgName: string;
                            pendingDecision: {
                                /** @enum {string} */
                                action: "approve" | "reject";
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                dueOn: string | null;
                                id: number;
                                step: number;
                                steps: number;
                            } | null;
                            personId: number | null;
                            planType: string | null;
                            printedChecksum: string | null;
                            program: {
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                sectionCode: string;
                            };
                            requestedFunding: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            /** Format: date-time */
                            submittedAt: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project with its state, version, the actions I may take and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                applicant: {
                                    address: string | null;
                                    confirmedAt: string;
                                    contactEmail: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    figures: {
                                        rdSpend: string | null;
                                        rdStaff: number | null;
                                        revenue: string | null;
                                        staff: number | null;
                                        year: number;
                                    } | null;
                                    legalRepresentative: string | null;
                                    name: string;
                                    type: string;
                                    uscc: string;
                                } | null;
                                budget: {
                                    /** @enum {string} */
                                    category: "equipment" | "business" | "labour" | "indirect" | "materials" | "testing" | "fuel" | "travel_meeting" | "publication_ip" | "consultancy" | "other";
                                    fiscal: string;
                                    note: string | null;
                                    other: string;
                                    self: string;
                                }[];
                                budgetTotals: {
                                    fiscal: string;
                                    other: string;
                                    self: string;
                                    total: string;
                                };
                                endOn: string | null;
                                indicators: {
                                    /** @enum {string} */
                                    kind: "invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other";
                                    name?: string | null;
                                    unit?: string | null;
                                    value: number;
                                }[];
                                industry: string | null;
                                leader: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                } | null;
                                members: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                }[];
                                milestones: {
                                    deliverable?: string | null;
                                    /** Format: date */
                                    dueOn: string;
                                    title: string;
                                }[];
                                partners: {
                                    name: string;
                                    orgId?: number | null;
                                    role?: string | null;
                                    uscc: string;
                                }[];
                                startOn: string | null;
                                techField: string | null;
                                techFieldName: string | null;
                                texts: {
                                    [key: string]: string;
                                };
                            } | null;
                            applicationNo: string | null;
                            approvedFunding: string | null;
                            availableActions: ("submit" | "withdraw" | "recommend" | "return" | "pass_formal_review" | "finish_review" | "approve" | "report_up" | "record_result" | "reject" | "midterm_check" | "request_acceptance" | "accept" | "fail_acceptance" | "terminate")[];
                            callId: number;
                            callTitle: string;
                            checksum: string | null;
                            code: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            docNo: string | null;
                            expertReview: boolean;
                            formData: {
                                [key: string]: unknown;
                            };
                            history: {
                                action: string;
                                actorName: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                comment: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string|null} */
                                fromState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated" | null;
                                id: number;
                                /** @enum {string} */
                                toState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            }[];
                            id: number;
                            integrity: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "failed_acceptance" | "terminated_for_cause" | "misconduct";
                                note: string | null;
                                personId: number | null;
                                projectId: number | null;
                                projectTitle: string | null;
                                recordedByName: string | null;
                            }[];
                            jurisdictionCode: string;
                            leaderName: string | null;
                            missing: {
                                field: string;
                                message: string;
                                problem: string;
                                /** @enum {string} */
                                section: "basic" | "applicant" | "team" | "texts" | "indicators" | "budget" | "milestones" | "attachments" | "extra";
                            }[];
                            orgId: number;
                            orgName: string;
                            pendingDecision: {
                                /** @enum {string} */
                                action: "approve" | "reject";
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                dueOn: string | null;
                                id: number;
                                step: number;
                                steps: number;
                            } | null;
                            personId: number | null;
                            planType: string | null;
                            printedChecksum: string | null;
                            program: {
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                sectionCode: string;
                            };
                            requestedFunding: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            /** Format: date-time */
                            submittedAt: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft or returned application */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        application?: {
                            applicantConfirmed?: boolean;
                            budget?: {
                                /** @enum {string} */
                                category: "equipment" | "business" | "labour" | "indirect" | "materials" | "testing" | "fuel" | "travel_meeting" | "publication_ip" | "consultancy" | "other";
                                fiscal?: (number | string) | null;
                                note?: string | null;
                                other?: (number | string) | null;
                                self?: (number | string) | null;
                            }[];
                            /** Format: date */
                            endOn?: string | null;
                            indicators?: {
                                /** @enum {string} */
                                kind: "invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other";
                                name?: string | null;
                                unit?: string | null;
                                value: number;
                            }[];
                            industry?: string | null;
                            leader?: {
                                months?: number | null;
                                personId: number;
                                role?: string | null;
                            } | null;
                            members?: {
                                months: number;
                                personId: number;
                                role: string;
                            }[];
                            milestones?: {
                                deliverable?: string | null;
                                /** Format: date */
                                dueOn: string;
                                title: string;
                            }[];
                            partners?: {
                                name: string;
                                orgId?: number | null;
                                role?: string | null;
                                uscc: string;
                            }[];
                            /** Format: date */
                            startOn?: string | null;
                            techField?: string | null;
                            texts?: {
                                [key: string]: string;
                            };
                        };
                        formData?: {
                            [key: string]: unknown;
                        };
                        leaderName?: string | null;
                        requestedFunding?: (number | string) | null;
                        title?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                applicant: {
                                    address: string | null;
                                    confirmedAt: string;
                                    contactEmail: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    figures: {
                                        rdSpend: string | null;
                                        rdStaff: number | null;
                                        revenue: string | null;
                                        staff: number | null;
                                        year: number;
                                    } | null;
                                    legalRepresentative: string | null;
                                    name: string;
                                    type: string;
                                    uscc: string;
                                } | null;
                                budget: {
                                    /** @enum {string} */
                                    category: "equipment" | "business" | "labour" | "indirect" | "materials" | "testing" | "fuel" | "travel_meeting" | "publication_ip" | "consultancy" | "other";
                                    fiscal: string;
                                    note: string | null;
                                    other: string;
                                    self: string;
                                }[];
                                budgetTotals: {
                                    fiscal: string;
                                    other: string;
                                    self: string;
                                    total: string;
                                };
                                endOn: string | null;
                                indicators: {
                                    /** @enum {string} */
                                    kind: "invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other";
                                    name?: string | null;
                                    unit?: string | null;
                                    value: number;
                                }[];
                                industry: string | null;
                                leader: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                } | null;
                                members: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                }[];
                                milestones: {
                                    deliverable?: string | null;
                                    /** Format: date */
                                    dueOn: string;
                                    title: string;
                                }[];
                                partners: {
                                    name: string;
                                    orgId?: number | null;
                                    role?: string | null;
                                    uscc: string;
                                }[];
                                startOn: string | null;
                                techField: string | null;
                                techFieldName: string | null;
                                texts: {
                                    [key: string]: string;
                                };
                            } | null;
                            applicationNo: string | null;
                            approvedFunding: string | null;
                            availableActions: ("submit" | "withdraw" | "recommend" | "return" | "pass_formal_review" | "finish_review" | "approve" | "report_up" | "record_result" | "reject" | "midterm_check" | "request_acceptance" | "accept" | "fail_acceptance" | "terminate")[];
                            callId: number;
                            callTitle: string;
                            checksum: string | null;
                            code: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            docNo: string | null;
                            expertReview: boolean;
                            formData: {
                                [key: string]: unknown;
                            };
                            history: {
                                action: string;
                                actorName: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                comment: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string|null} */
                                fromState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated" | null;
                                id: number;
                                /** @enum {string} */
                                toState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            }[];
                            id: number;
                            integrity: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "failed_acceptance" | "terminated_for_cause" | "misconduct";
                                note: string | null;
                                personId: number | null;
                                projectId: number | null;
                                projectTitle: string | null;
                                recordedByName: string | null;
                            }[];
                            jurisdictionCode: string;
                            leaderName: string | null;
                            missing: {
                                field: string;
                                message: string;
                                problem: string;
                                /** @enum {string} */
                                section: "basic" | "applicant" | "team" | "texts" | "indicators" | "budget" | "milestones" | "attachments" | "extra";
                            }[];
                            orgId: number;
                            orgName: string;
                            pendingDecision: {
                                /** @enum {string} */
                                action: "approve" | "reject";
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                dueOn: string | null;
                                id: number;
                                step: number;
                                steps: number;
                            } | null;
                            personId: number | null;
                            planType: string | null;
                            printedChecksum: string | null;
                            program: {
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                sectionCode: string;
                            };
                            requestedFunding: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            /** Format: date-time */
                            submittedAt: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The task agreement (任务书), its versions and what each changed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Draft or revise the task agreement */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            budget: {
                                amount: number | string;
                                item: string;
                                /** @enum {string} */
                                source: "superior" | "local" | "self_raised";
                            }[];
                            /** Format: date */
                            endOn: string;
                            indicators: {
                                name: string;
                                target: string;
                                unit: string;
                            }[];
                            leaderName: string;
                            milestones: {
                                deliverable?: string;
                                /** Format: date */
                                dueOn: string;
                                title: string;
                            }[];
                            objectives: string;
                            /** @enum {string} */
                            reportEvery: "quarter" | "half_year" | "year";
                            /** Format: date */
                            startOn: string;
                        };
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/agreement/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit (applicant), sign or return (staff) the task agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "sign" | "return";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/application.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报书 as .docx: cover, every section, the budget table, the pledge and seal page; number and checksum in the header */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/application.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报书 as PDF: cover, every section, the budget table, the pledge and seal page; number and checksum in the header */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's files, the attachments asked for, and which the caller may upload now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attachmentKey: string;
                                checksum: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                mediaType: string;
                                originalName: string;
                                sha256: string;
                                size: number;
                            }[];
                            specs: {
                                key: string;
                                maxBytes: number;
                                name: string;
                                /** @default false */
                                required: boolean;
                                types: (".pdf" | ".png" | ".jpg" | ".jpeg" | ".docx" | ".xlsx")[];
                            }[];
                            uploadable: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload a file for one of the call's attachments (multipart: field key, then file) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachmentKey: string;
                            checksum: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            mediaType: string;
                            originalName: string;
                            sha256: string;
                            size: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an attachment from a draft or returned application */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Change requests (变更) with their differences */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Request a change of leader, period or budget */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        proposal: {
                            budget?: {
                                amount: number | string;
                                item: string;
                                /** @enum {string} */
                                source: "superior" | "local" | "self_raised";
                            }[];
                            /** Format: date */
                            endOn?: string;
                            leaderName?: string;
                            milestones?: {
                                deliverable?: string;
                                /** Format: date */
                                dueOn: string;
                                title: string;
                            }[];
                            /** Format: date */
                            startOn?: string;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/changes/{changeId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** approve or refuse (staff), or withdraw (applicant) a pending change request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {string} */
                        decision: "approve" | "refuse" | "withdraw";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查重: applications of the last five years sharing much of this one's text, and those of the same year sharing a person (多头申报) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** Format: date-time */
                                judgedAt: string | null;
                                judgedBy: string | null;
                                /** @enum {string|null} */
                                judgement: "not_duplicate" | "duplicate" | "multiple_allowed" | null;
                                judgementNote: string | null;
                                /** @enum {string} */
                                kind: "similar" | "same_leader" | "same_member";
                                other: {
                                    applicationNo: string | null;
                                    callTitle: string;
                                    code: string | null;
                                    id: number;
                                    orgName: string;
                                    state: string;
                                    title: string;
                                    year: number;
                                };
                                passages: {
                                    mine: string;
                                    similarity: number;
                                    theirs: string;
                                }[];
                                people: {
                                    /** @enum {string} */
                                    here: "leader" | "member";
                                    name: string;
                                    personId: number;
                                    /** @enum {string} */
                                    there: "leader" | "member";
                                }[];
                                sameBudget: boolean;
                                sharedTeam: {
                                    name: string;
                                    personId: number;
                                }[];
                                similarity: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/duplicates/{flagId}/judgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record staff judgement of a 查重 flag */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    flagId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        judgement: "not_duplicate" | "duplicate" | "multiple_allowed";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            judgement: "not_duplicate" | "duplicate" | "multiple_allowed";
                            judgementNote: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign experts; conflicts of interest are excluded automatically */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expertIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigned: number[];
                            excluded: {
                                expertId: number;
                                /** @enum {string} */
                                reason: "not_an_expert" | "same_org" | "same_jurisdiction";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funding of a project: tranches, approved, allocated, outstanding, self-raised (yuan, exact) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocated: string;
                            approved: string | null;
                            items: {
                                amount: string;
                                /** Format: date-time */
                                createdAt: string;
                                docNo: string | null;
                                id: number;
                                note: string | null;
                                paidOn: string;
                                /** @enum {string} */
                                source: "superior" | "local" | "self_raised";
                            }[];
                            outstanding: string | null;
                            selfRaised: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a tranche (staff: superior or local) or self-raised money (applicant) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number | string;
                        docNo?: string;
                        note?: string;
                        /** Format: date */
                        paidOn: string;
                        /** @enum {string} */
                        source: "superior" | "local" | "self_raised";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress reports (进度报告) by period */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/progress-reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save or submit a progress report */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    reportId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        milestones?: {
                            index: number;
                            note?: string;
                            /** @enum {string} */
                            status: "done" | "on_track" | "delayed";
                        }[];
                        problems?: string;
                        spent: number | string;
                        /** @default false */
                        submit?: boolean;
                        summary: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/progress-reports/{reportId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a submitted progress report, or return it with what to fix */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    reportId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accept: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The score table and its spread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                comment: string | null;
                                expertId: number;
                                expertName: string;
                                /** Format: date-time */
                                scoredAt: string | null;
                                scores: {
                                    [key: string]: number;
                                } | null;
                                totalScore: number | null;
                            }[];
                            spread: {
                                assigned: number;
                                max: number | null;
                                mean: number | null;
                                min: number | null;
                                scored: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** An assigned expert's scores on the call's criteria */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        scores: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            expertId: number;
                            scores: {
                                [key: string]: number;
                            } | null;
                            totalScore: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an action of the lifecycle (submit, recommend, approve …) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "withdraw" | "recommend" | "return" | "pass_formal_review" | "finish_review" | "approve" | "report_up" | "record_result" | "reject" | "midterm_check" | "request_acceptance" | "accept" | "fail_acceptance" | "terminate";
                        comment?: string;
                        data?: {
                            [key: string]: unknown;
                        };
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                applicant: {
                                    address: string | null;
                                    confirmedAt: string;
                                    contactEmail: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    figures: {
                                        rdSpend: string | null;
                                        rdStaff: number | null;
                                        revenue: string | null;
                                        staff: number | null;
                                        year: number;
                                    } | null;
                                    legalRepresentative: string | null;
                                    name: string;
                                    type: string;
                                    uscc: string;
                                } | null;
                                budget: {
                                    /** @enum {string} */
                                    category: "equipment" | "business" | "labour" | "indirect" | "materials" | "testing" | "fuel" | "travel_meeting" | "publication_ip" | "consultancy" | "other";
                                    fiscal: string;
                                    note: string | null;
                                    other: string;
                                    self: string;
                                }[];
                                budgetTotals: {
                                    fiscal: string;
                                    other: string;
                                    self: string;
                                    total: string;
                                };
                                endOn: string | null;
                                indicators: {
                                    /** @enum {string} */
                                    kind: "invention_patents" | "granted_patents" | "software_copyrights" | "papers" | "standards" | "new_products" | "new_varieties" | "demonstration_bases" | "revenue" | "profit_tax" | "jobs" | "talents" | "other";
                                    name?: string | null;
                                    unit?: string | null;
                                    value: number;
                                }[];
                                industry: string | null;
                                leader: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                } | null;
                                members: {
                                    degree: string | null;
                                    field: string | null;
                                    gender: string | null;
                                    idNumberMasked: string | null;
                                    months: number | null;
                                    name: string;
                                    personId: number;
                                    role: string | null;
                                    title: string | null;
                                }[];
                                milestones: {
                                    deliverable?: string | null;
                                    /** Format: date */
                                    dueOn: string;
                                    title: string;
                                }[];
                                partners: {
                                    name: string;
                                    orgId?: number | null;
                                    role?: string | null;
                                    uscc: string;
                                }[];
                                startOn: string | null;
                                techField: string | null;
                                techFieldName: string | null;
                                texts: {
                                    [key: string]: string;
                                };
                            } | null;
                            applicationNo: string | null;
                            approvedFunding: string | null;
                            availableActions: ("submit" | "withdraw" | "recommend" | "return" | "pass_formal_review" | "finish_review" | "approve" | "report_up" | "record_result" | "reject" | "midterm_check" | "request_acceptance" | "accept" | "fail_acceptance" | "terminate")[];
                            callId: number;
                            callTitle: string;
                            checksum: string | null;
                            code: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            docNo: string | null;
                            expertReview: boolean;
                            formData: {
                                [key: string]: unknown;
                            };
                            history: {
                                action: string;
                                actorName: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                comment: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string|null} */
                                fromState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated" | null;
                                id: number;
                                /** @enum {string} */
                                toState: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            }[];
                            id: number;
                            integrity: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                kind: "failed_acceptance" | "terminated_for_cause" | "misconduct";
                                note: string | null;
                                personId: number | null;
                                projectId: number | null;
                                projectTitle: string | null;
                                recordedByName: string | null;
                            }[];
                            jurisdictionCode: string;
                            leaderName: string | null;
                            missing: {
                                field: string;
                                message: string;
                                problem: string;
                                /** @enum {string} */
                                section: "basic" | "applicant" | "team" | "texts" | "indicators" | "budget" | "milestones" | "attachments" | "extra";
                            }[];
                            orgId: number;
                            orgName: string;
                            pendingDecision: {
                                /** @enum {string} */
                                action: "approve" | "reject";
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                dueOn: string | null;
                                id: number;
                                step: number;
                                steps: number;
                            } | null;
                            personId: number | null;
                            planType: string | null;
                            printedChecksum: string | null;
                            program: {
                                /** @enum {string} */
                                category: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                                id: number;
                                /** @enum {string} */
                                level: "national" | "provincial" | "prefecture" | "city";
                                name: string;
                                sectionCode: string;
                            };
                            requestedFunding: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                            /** Format: date-time */
                            submittedAt: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every submission of the application, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                checksum: string;
                                seq: number;
                                /** Format: date-time */
                                submittedAt: string;
                                submittedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/versions/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two submissions compared by section and sentence (default: the latest against the one before; to=current compares the draft being revised) */
        get: {
            parameters: {
                query?: {
                    from?: number;
                    to?: "current" | number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: {
                                checksum: string;
                                seq: number;
                                /** Format: date-time */
                                submittedAt: string;
                            };
                            sections: {
                                changed: boolean;
                                /** @enum {string} */
                                key: "basic" | "applicant" | "team" | "texts" | "indicators" | "budget" | "milestones" | "attachments" | "extra";
                                lines: {
                                    /** @enum {string} */
                                    op: "same" | "added" | "removed";
                                    text: string;
                                }[];
                                title: string;
                            }[];
                            to: {
                                checksum: string;
                                seq: number;
                                /** Format: date-time */
                                submittedAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/bulk-transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same action on many projects; each succeeds or fails on its own */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "withdraw" | "recommend" | "return" | "pass_formal_review" | "finish_review" | "approve" | "report_up" | "record_result" | "reject" | "midterm_check" | "request_acceptance" | "accept" | "fail_acceptance" | "terminate";
                        comment?: string;
                        data?: {
                            [key: string]: unknown;
                        };
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                code?: string;
                                id: number;
                                message?: string;
                                ok: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as .xlsx */
        get: {
            parameters: {
                query?: {
                    callId?: number;
                    category?: "agriculture" | "social_development" | "industry" | "talent" | "platform" | "ip" | "soft_science" | "cooperation";
                    jurisdictionCode?: string;
                    lang?: "zh-CN" | "en";
                    level?: "national" | "provincial" | "prefecture" | "city";
                    order?: "asc" | "desc";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sectionCode?: string;
                    sort?: "updatedAt" | "createdAt" | "title" | "requested";
                    state?: "draft" | "submitted" | "withdrawn" | "recommended" | "returned" | "under_review" | "reviewed" | "approved" | "reported" | "rejected" | "acceptance_requested" | "accepted" | "failed_acceptance" | "terminated";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List publicity (filters, q, paging), with money totals */
        get: {
            parameters: {
                query?: {
                    adopted?: "true" | "false";
                    orgId?: number;
                    outletCode?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sectionCode?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add to publicity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adopted?: boolean | null;
                        /** Format: date */
                        adoptedOn?: string | null;
                        author?: string | null;
                        link?: string | null;
                        outletCode: string;
                        sectionCode?: string | null;
                        /** Format: date */
                        sentOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of publicity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete one of publicity */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit one of publicity */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adopted?: boolean | null;
                        /** Format: date */
                        adoptedOn?: string | null;
                        author?: string | null;
                        link?: string | null;
                        outletCode?: string;
                        sectionCode?: string | null;
                        /** Format: date */
                        sentOn?: string;
                        title?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/publicity/{id}/attachment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the record's file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Keep a file with the record (multipart: file; PDF, image or Word, at most 20 MB) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered publicity as .xlsx */
        get: {
            parameters: {
                query?: {
                    adopted?: "true" | "false";
                    lang?: "zh-CN" | "en";
                    orgId?: number;
                    outletCode?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sectionCode?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import publicity from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook to fill for an import of publicity: its headers, and what each column takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List qualifications (filters, q, paging), with money totals */
        get: {
            parameters: {
                query?: {
                    expiring?: "true" | "false";
                    jurisdictionCode?: string;
                    kind?: "high_tech_enterprise" | "tech_sme" | "private_tech_enterprise" | "innovative_enterprise" | "other";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add to qualifications */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        certificateNo: string;
                        /** Format: date */
                        issuedOn: string;
                        issuer?: string | null;
                        jurisdictionCode?: string | null;
                        /** @enum {string} */
                        kind: "high_tech_enterprise" | "tech_sme" | "private_tech_enterprise" | "innovative_enterprise" | "other";
                        orgId?: number | null;
                        /** Format: date */
                        validUntil: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/qualifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of qualifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete one of qualifications */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit one of qualifications */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        certificateNo?: string;
                        /** Format: date */
                        issuedOn?: string;
                        issuer?: string | null;
                        jurisdictionCode?: string | null;
                        /** @enum {string} */
                        kind?: "high_tech_enterprise" | "tech_sme" | "private_tech_enterprise" | "innovative_enterprise" | "other";
                        orgId?: number | null;
                        /** Format: date */
                        validUntil?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/qualifications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered qualifications as .xlsx */
        get: {
            parameters: {
                query?: {
                    expiring?: "true" | "false";
                    jurisdictionCode?: string;
                    kind?: "high_tech_enterprise" | "tech_sme" | "private_tech_enterprise" | "innovative_enterprise" | "other";
                    lang?: "zh-CN" | "en";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/qualifications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import qualifications from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/qualifications/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook to fill for an import of qualifications: its headers, and what each column takes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's work summary: figures from the data (each with its metric), staff's narrative, draft or final */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            finalisedAt: string | null;
                            finalisedBy: string | null;
                            sections: {
                                heading: string;
                                key: string;
                                level: 0 | 1 | 2;
                                narrative: string[];
                                paragraphs: (string | {
                                    metric: {
                                        filters: {
                                            [key: string]: string | number;
                                        };
                                        key: string;
                                    } | null;
                                    text: string;
                                    value: number;
                                })[][];
                                shown: boolean;
                            }[];
                            signature?: {
                                bureau: string;
                                date: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "final";
                            through?: string | null;
                            title: string;
                            updatedAt: string | null;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The work summary as a Word document in the GB/T 9704 layout */
        get: {
            parameters: {
                query: {
                    version?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The work summary as PDF, rendered by LibreOffice where the server has it (503 PDF_UNAVAILABLE otherwise) */
        get: {
            parameters: {
                query: {
                    version?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** finalise (freeze with the figures of now) or reopen (a leader: back to a live draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "finalise" | "reopen";
                        version: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual/narratives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Saves one part's narrative paragraphs (a draft only; the version seen is checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paragraphs: string[];
                        /** @enum {string} */
                        section: "opening" | "innovation" | "projects" | "industry" | "agriculture" | "assessment" | "publicity" | "shortcomings" | "plan" | "targets" | "measures";
                        version: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The saved versions of a year's summary, newest first */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                change: "edit" | "finalise" | "reopen";
                                /** Format: date-time */
                                savedAt: string;
                                savedBy: string | null;
                                section: string | null;
                                /** @enum {string} */
                                status: "draft" | "final";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved version, as it read then */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sections: {
                                heading: string;
                                key: string;
                                level: 0 | 1 | 2;
                                narrative: string[];
                                paragraphs: (string | {
                                    metric: {
                                        filters: {
                                            [key: string]: string | number;
                                        };
                                        key: string;
                                    } | null;
                                    text: string;
                                    value: number;
                                })[][];
                                shown: boolean;
                            }[];
                            signature?: {
                                bureau: string;
                                date: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "final";
                            through?: string | null;
                            title: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/approval-list.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's approved projects for publicity (立项公示名单), with the publicity period and where to object */
        get: {
            parameters: {
                query: {
                    call: number;
                    days?: number;
                    from?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/assessment-notice.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A locked assessment round's result notice (考核结果通知) to one unit; a liaison gets its own unit's */
        get: {
            parameters: {
                query: {
                    assessment: number;
                    letter: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/monthly-progress.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A section's monthly progress sheet: its letter's indicators at the month's end and its programmes' figures of the year */
        get: {
            parameters: {
                query: {
                    month: number;
                    section: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/work-plan.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's work plan (工作要点): its indicator system's targets and the measures written in the year before's summary */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bureau sections */
        get: {
            parameters: {
                query?: {
                    all?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                name: string;
                                nameEn: string | null;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a section */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sections/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or deactivate a section */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                        nameEn?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/system/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs: schedule, settings, latest run, latest success, failures in 30 days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cron: string | null;
                                failures: number;
                                internal: boolean;
                                lastSuccess: {
                                    attempts: number;
                                    /** Format: date-time */
                                    completedAt: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    output: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** Format: date-time */
                                    startedAt: string | null;
                                    /** @enum {string} */
                                    state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
                                } | null;
                                latest: {
                                    attempts: number;
                                    /** Format: date-time */
                                    completedAt: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    output: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** Format: date-time */
                                    startedAt: string | null;
                                    /** @enum {string} */
                                    state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
                                } | null;
                                name: string;
                                settings: {
                                    keepDays?: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a job now (on whichever instance takes it first) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/jobs/nightly-backup/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** How many days nightly backups are kept */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        keepDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keepDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessment rounds */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Open a mid-year or year-end round */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        assessorIds?: number[];
                        /** @enum {string} */
                        kind: "mid_year" | "year_end";
                        /** @default 40 */
                        onsiteShare?: number;
                        /**
                         * @default mean
                         * @enum {string}
                         */
                        scoringRule?: "mean" | "trimmed_mean";
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's scores, totals and rankings (a unit sees its own once locked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a unit not assessed on site, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        letterId: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/absences/{letterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Clear an absence */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    letterId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** lock | unlock (staff) | sign_off with the notices’ 文号 (a leader) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "lock" | "unlock" | "sign_off";
                        noticeDocNo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A deduction or bonus item with its reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "deduction" | "bonus";
                        letterId: number;
                        points: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/adjustments/{adjustmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a deduction or bonus item */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    adjustmentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results as .xlsx */
        get: {
            parameters: {
                query?: {
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A team member's own on-site sheet: points per unit and indicator (null clears) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            letterItemId: number;
                            note?: string | null;
                            onsiteScore: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/assessments/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The assessment team (考核组) who score on site */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessorIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/bureau-people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff and leaders who may carry an internal letter */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/decomposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each indicator's city target against the sum of the units' shares */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove evidence from a report still being written */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's indicator system with targets and live progress */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caps: {
                                bonus: number;
                                deduction: number;
                            };
                            items: {
                                code: string;
                                /** @enum {string} */
                                direction: "at_least" | "at_most" | "within";
                                id: number;
                                metric: {
                                    filters: {
                                        [key: string]: string | number;
                                    };
                                    key: string;
                                } | null;
                                name: string;
                                progress: {
                                    ratio: number;
                                    /** @enum {string} */
                                    status: "achieved" | "on_track" | "behind" | "exceeded";
                                    value: number;
                                } | null;
                                scoringRule: string | null;
                                sortOrder: number;
                                /** @enum {string} */
                                source: "metric" | "manual";
                                target: {
                                    max: number | null;
                                    min: number | null;
                                    text: string;
                                };
                                unit: string;
                                version: number;
                                weight: number;
                            }[];
                            weightTotal: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an indicator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        direction: "at_least" | "at_most" | "within";
                        /** @default {} */
                        metricFilters?: {
                            [key: string]: string | number;
                        };
                        metricKey?: string | null;
                        name: string;
                        scoringRule?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                        /** @enum {string} */
                        source: "metric" | "manual";
                        targetMax?: number | null;
                        targetMin?: number | null;
                        unit: string;
                        /** @default 0 */
                        weight?: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an indicator */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        direction: "at_least" | "at_most" | "within";
                        /** @default {} */
                        metricFilters?: {
                            [key: string]: string | number;
                        };
                        metricKey?: string | null;
                        name: string;
                        scoringRule?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                        /** @enum {string} */
                        source: "metric" | "manual";
                        targetMax?: number | null;
                        targetMin?: number | null;
                        unit: string;
                        version?: number;
                        /** @default 0 */
                        weight?: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove an indicator */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's responsibility letters */
        get: {
            parameters: {
                query: {
                    status?: "draft" | "issued" | "signed" | "locked";
                    unitKind?: "jurisdiction" | "section" | "staff";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Draft a letter for a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            indicatorId: number;
                            shareMax?: number | null;
                            shareMin?: number | null;
                            weight: number;
                        }[];
                        jurisdictionCode?: string | null;
                        note?: string | null;
                        sectionCode?: string | null;
                        /** @enum {string} */
                        unitKind: "jurisdiction" | "section" | "staff";
                        userId?: number | null;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A letter with the indicators it carries and their shares */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Change a draft letter */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            indicatorId: number;
                            shareMax?: number | null;
                            shareMin?: number | null;
                            weight: number;
                        }[];
                        jurisdictionCode?: string | null;
                        note?: string | null;
                        sectionCode?: string | null;
                        /** @enum {string} */
                        unitKind: "jurisdiction" | "section" | "staff";
                        userId?: number | null;
                        version?: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete a draft letter */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/letters/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** issue | withdraw | sign (with signatory and date) | lock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "issue" | "withdraw" | "sign" | "lock";
                        signatory?: string;
                        /** Format: date */
                        signedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year at a glance: every indicator against target (by month, this year and last), every unit's progress, projections and warnings, the latest ranking */
        get: {
            parameters: {
                query: {
                    asOf?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOfMonth: number;
                            indicators: {
                                code: string;
                                /** @enum {string} */
                                direction: "at_least" | "at_most" | "within";
                                id: number;
                                lastYear: number[] | null;
                                likelyMiss: boolean;
                                metric: {
                                    filters: {
                                        [key: string]: string | number;
                                    };
                                    key: string;
                                } | null;
                                months: number[] | null;
                                name: string;
                                projection: number | null;
                                ratio: number;
                                /** @enum {string} */
                                source: "metric" | "manual";
                                /** @enum {string} */
                                status: "achieved" | "on_track" | "behind" | "exceeded" | "unreported";
                                target: {
                                    max: number | null;
                                    min: number | null;
                                    text: string;
                                };
                                unit: string;
                                value: number | null;
                                weight: number;
                            }[];
                            ranking: {
                                assessmentId: number;
                                /** @enum {string} */
                                kind: "mid_year" | "year_end";
                                status: string;
                                units: {
                                    letterId: number;
                                    rank: number;
                                    rankGroup: string;
                                    rankOf: number;
                                    total: number;
                                    unit: {
                                        code: string;
                                        /** @enum {string} */
                                        group: "town" | "zone" | "street" | "department" | "section" | "staff";
                                        name: string;
                                        nameEn: string | null;
                                    };
                                }[];
                            } | null;
                            refreshing: boolean;
                            units: {
                                lagging: number;
                                letterId: number;
                                lines: {
                                    indicatorId: number;
                                    itemId: number;
                                    likelyMiss: boolean;
                                    metric: {
                                        filters: {
                                            [key: string]: string | number;
                                        };
                                        key: string;
                                    } | null;
                                    months: number[] | null;
                                    name: string;
                                    projection: number | null;
                                    ratio: number;
                                    reportedQuarter: number | null;
                                    share: {
                                        /** @enum {string} */
                                        direction: "at_least" | "at_most" | "within";
                                        max: number | null;
                                        min: number | null;
                                        text: string;
                                    };
                                    /** @enum {string} */
                                    source: "metric" | "city" | "manual";
                                    /** @enum {string} */
                                    status: "achieved" | "on_track" | "behind" | "exceeded" | "unreported";
                                    unit: string;
                                    value: number | null;
                                    weight: number;
                                }[];
                                status: string;
                                unit: {
                                    code: string;
                                    /** @enum {string} */
                                    group: "town" | "zone" | "street" | "department" | "section" | "staff";
                                    name: string;
                                    nameEn: string | null;
                                };
                                /** @enum {string} */
                                unitKind: "jurisdiction" | "section" | "staff";
                            }[];
                            warnings: {
                                indicatorId: number;
                                letterId: number;
                                name: string;
                                projection: number | null;
                                ratio: number;
                                share: string;
                                unit: {
                                    code: string;
                                    /** @enum {string} */
                                    group: "town" | "zone" | "street" | "department" | "section" | "staff";
                                    name: string;
                                    nameEn: string | null;
                                };
                                unitOfMeasure: string;
                                value: number | null;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress reports of manual indicators */
        get: {
            parameters: {
                query: {
                    letterId?: number;
                    status?: "draft" | "submitted" | "accepted" | "returned";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Write (or correct) a unit's figure for a quarter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        letterItemId: number;
                        note?: string | null;
                        quarter: number;
                        value: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/reports/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit (the unit) | accept | return with a reason (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "accept" | "return";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/reports/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach evidence (multipart: file; PDF, image, Word or Excel, at most 20 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/systems/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A year's bonus and deduction caps (加分、扣分上限) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bonusCap: number;
                        deductionCap: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/systems/{year}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a year's indicator system as a copy of another year's (沿用上年) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fromYear: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            copied: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Years with an indicator system, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: number[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tech-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 技术领域: the fields an application is filed under, two levels (all=1 includes retired ones) */
        get: {
            parameters: {
                query?: {
                    all?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                name: string;
                                nameEn: string | null;
                                parentCode: string | null;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a technology field */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn?: string | null;
                        parentCode?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            parentCode: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tech-fields/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, reorder or retire a technology field */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                        nameEn?: string | null;
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            parentCode: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My to-do list (待办): what waits for me, and calls about to close */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                callId?: number;
                                callTitle?: string;
                                count: number;
                                /** Format: date-time */
                                dueAt?: string | null;
                                /** @enum {string} */
                                kind: "approvals" | "approvals_overdue" | "state" | "closing" | "scores" | "overdue_reviews" | "agreements" | "reports" | "changes" | "overdue_reports" | "expiring_qualifications" | "target_reports" | "target_reports_returned" | "target_reports_due" | "letters_to_sign" | "portal_review" | "portal_messages" | "portal_overdue" | "calendar_missing" | "disclosure_open" | "disclosure_due_soon" | "disclosure_overdue" | "disclosure_correction_lapsed" | "open_gov_report_due";
                                state?: string;
                                year?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string | null;
                                id: number;
                                jurisdictionCode: string | null;
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                orgId: number | null;
                                orgName: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                                sectionCode: string | null;
                                totpEnabled: boolean;
                                username: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email?: string | null;
                        jurisdictionCode?: string | null;
                        orgId?: number | null;
                        password: string;
                        phone?: string | null;
                        /** @enum {string} */
                        role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                        sectionCode?: string | null;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string | null;
                            id: number;
                            jurisdictionCode: string | null;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                            sectionCode: string | null;
                            totpEnabled: boolean;
                            totpSecret: string | null;
                            totpUri: string | null;
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string | null;
                            id: number;
                            jurisdictionCode: string | null;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                            sectionCode: string | null;
                            totpEnabled: boolean;
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, rebind or deactivate an account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        displayName?: string;
                        /** Format: email */
                        email?: string | null;
                        jurisdictionCode?: string | null;
                        orgId?: number | null;
                        phone?: string | null;
                        /** @enum {string} */
                        role?: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                        sectionCode?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string | null;
                            id: number;
                            jurisdictionCode: string | null;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                            sectionCode: string | null;
                            totpEnabled: boolean;
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string | null;
                            id: number;
                            jurisdictionCode: string | null;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                            sectionCode: string | null;
                            totpEnabled: boolean;
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new TOTP secret */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totpSecret: string;
                            totpUri: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a login lock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string | null;
                            id: number;
                            jurisdictionCode: string | null;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "public" | "applicant" | "liaison" | "staff" | "expert" | "leader" | "admin" | "auditor";
                            sectionCode: string | null;
                            totpEnabled: boolean;
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/website/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The site's identifiers, sponsor and contact, as the footer shows them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Save the site's identifiers, sponsor and contact over the version read (409 STALE_VERSION otherwise) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        /** @default  */
                        conacUrl?: "" | string;
                        /** @default  */
                        email?: "" | string;
                        /** @default  */
                        errorReportUrl?: "" | string;
                        hours?: string;
                        icp?: string;
                        /** @default  */
                        indexRule?: "" | string;
                        /** @default  */
                        indexUnitCode?: "" | string;
                        organiser?: string;
                        phone?: string;
                        policeFiling?: string;
                        /** @default  */
                        postcode?: "" | string;
                        /** @default  */
                        siteCode?: "" | string;
                        sponsor?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/website/reports/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政府网站工作年度报表: the site's year counted by the site — items, columns, interpretations, services, messages, consultations, visits */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/website/reports/{year}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The website annual report as a workbook, item by item in the national form's words */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consultations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disclosure/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disclosure/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-gov": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-gov/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/robots.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/site-care.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/site.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
